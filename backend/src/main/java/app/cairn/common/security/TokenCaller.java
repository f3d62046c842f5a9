package app.cairn.common.security;

import java.util.Set;
import java.util.UUID;

/** The API token a request was authenticated with (absent for a signed-in person's login token). */
public record TokenCaller(UUID tokenId, String prefix, Set<String> scopes, boolean serviceAccount) {

    /** A write scope of an area includes its read scope. */
    public boolean allows(String scope) {
        if (scopes.contains(scope)) {
            return true;
        }
        return scope.endsWith(":read") && scopes.contains(scope.substring(0, scope.length() - 5) + ":write");
    }
}
