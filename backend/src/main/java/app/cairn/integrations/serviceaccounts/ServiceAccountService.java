package app.cairn.integrations.serviceaccounts;

import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.common.web.PageQuery;
import app.cairn.common.web.PageResponse;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.integrations.serviceaccounts.ServiceAccountRepository.AccountView;
import app.cairn.integrations.serviceaccounts.dto.ServiceAccountRequest;
import app.cairn.integrations.serviceaccounts.dto.ServiceAccountResponse;
import app.cairn.integrations.tokens.ApiTokenRepository;
import app.cairn.integrations.tokens.Scopes;
import app.cairn.integrations.tokens.TokenManagement;
import app.cairn.integrations.tokens.TokenOwner;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Admins manage service accounts and their tokens; a token's scopes stay within its account's. */
@ApplicationScoped
public class ServiceAccountService {

    private final ServiceAccountRepository accounts;
    private final PersonRepository people;
    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AuditLog audit;

    public ServiceAccountService(
            ServiceAccountRepository accounts,
            PersonRepository people,
            ApiTokenRepository tokens,
            CurrentUser currentUser,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.people = people;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public PageResponse<ServiceAccountResponse> list(PageQuery page) {
        return accounts.list(currentUser.orgId(), page).map(ServiceAccountService::toResponse);
    }

    public ServiceAccountResponse get(UUID id) {
        return toResponse(find(id));
    }

    @Transactional
    public ServiceAccountResponse create(ServiceAccountRequest request) {
        Set<String> scopes = Scopes.validate(request.scopes(), "scopes");
        Person person = new Person();
        person.orgId = currentUser.orgId();
        person.serviceAccount = true;
        person.email = "service-account-" + person.id + "@service-accounts.invalid";
        person.name = request.name().trim();
        person.title = "Service account";
        person.roles = roles(request.admin());
        people.persist(person);
        ServiceAccount account = new ServiceAccount();
        account.id = person.id;
        account.orgId = person.orgId;
        account.description = blankToNull(request.description());
        account.scopes = Scopes.format(scopes);
        account.createdBy = currentUser.id();
        accounts.persist(account);
        accounts.flush();
        audit.record(
                "service_account.created",
                "service-accounts",
                account.id,
                person.name,
                Changes.of().field("scopes", null, account.scopes).field("roles", null, person.roles));
        return toResponse(new AccountView(account, person));
    }

    @Transactional
    public ServiceAccountResponse update(UUID id, ServiceAccountRequest request) {
        AccountView view = find(id);
        Versions.check(request.version(), view.account().version, "This service account");
        Set<String> scopes = Scopes.validate(request.scopes(), "scopes");
        Changes changes = Changes.of()
                .field("name", view.person().name, request.name().trim())
                .field("scopes", view.account().scopes, Scopes.format(scopes))
                .field("roles", view.person().roles, roles(request.admin()))
                .field("description", view.account().description, blankToNull(request.description()));
        view.person().name = request.name().trim();
        view.person().roles = roles(request.admin());
        view.account().description = blankToNull(request.description());
        view.account().scopes = Scopes.format(scopes);
        accounts.flush();
        audit.record("service_account.updated", "service-accounts", id, view.person().name, changes);
        return toResponse(view);
    }

    /** Deactivates the account: its tokens stop working at once; what it wrote stays attributed. */
    @Transactional
    public void deactivate(UUID id) {
        AccountView view = find(id);
        view.person().active = false;
        int revoked = tokens.revokeAllOf(view.person().id, clock.instant());
        audit.record(
                "service_account.deactivated",
                "service-accounts",
                id,
                view.person().name + " (" + revoked + " tokens revoked)",
                Changes.of().field("active", true, false));
    }

    /** The account as the owner of tokens, for {@link TokenManagement}; 409 for new tokens of a deactivated one. */
    public TokenOwner tokenOwner(UUID id, boolean minting) {
        AccountView view = find(id);
        if (minting && !view.person().active) {
            throw ApiException.conflict("This service account is deactivated.");
        }
        return TokenOwner.serviceAccount(
                view.account().orgId, view.account().id, Scopes.parse(view.account().scopes), view.person().name);
    }

    private AccountView find(UUID id) {
        return accounts.findView(currentUser.orgId(), id)
                .orElseThrow(() -> ApiException.notFound("Service account " + id));
    }

    private static EnumSet<Role> roles(Boolean admin) {
        return Boolean.TRUE.equals(admin) ? EnumSet.of(Role.ADMIN, Role.EMPLOYEE) : EnumSet.of(Role.EMPLOYEE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static ServiceAccountResponse toResponse(AccountView view) {
        return new ServiceAccountResponse(
                view.account().id,
                view.person().name,
                view.account().description,
                List.copyOf(Scopes.parse(view.account().scopes)),
                view.person().isAdmin(),
                view.person().active,
                view.account().createdAt,
                view.account().version);
    }
}
