package app.cairn.integrations.tokens;

import java.util.Set;
import java.util.UUID;

/**
 * Whose tokens a {@link TokenManagement} call is about, and how the audit log names it.
 *
 * @param ceiling the scopes its tokens may have at most (null: any scope, narrowed later by the person's rights)
 * @param account the service account the events are recorded on (null: each token is its own resource)
 * @param name the account's name, for the audit summary
 */
public record TokenOwner(UUID orgId, UUID personId, Set<String> ceiling, UUID account, String name) {

    /** A person's own tokens: they act as the person, never with more rights. */
    public static TokenOwner person(UUID orgId, UUID personId) {
        return new TokenOwner(orgId, personId, null, null, null);
    }

    public static TokenOwner serviceAccount(UUID orgId, UUID accountId, Set<String> ceiling, String name) {
        return new TokenOwner(orgId, accountId, ceiling, accountId, name);
    }

    String label() {
        return account == null ? "person" : "service account";
    }

    String auditAction(String verb) {
        return account == null ? "api_token." + verb : "service_account.token_" + verb;
    }

    String resourceType() {
        return account == null ? "api-tokens" : "service-accounts";
    }

    UUID auditResource(ApiToken token) {
        return account == null ? token.id : account;
    }

    String summary(ApiToken token) {
        return account == null ? token.name : name + ": " + token.name;
    }
}
