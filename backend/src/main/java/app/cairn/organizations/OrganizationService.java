package app.cairn.organizations;

import app.cairn.auth.AccountService;
import app.cairn.auth.AuthService;
import app.cairn.auth.PasswordHasher;
import app.cairn.common.config.CairnConfig;
import app.cairn.common.error.ApiException;
import app.cairn.common.persistence.Versions;
import app.cairn.common.security.CurrentUser;
import app.cairn.integrations.audit.AuditLog;
import app.cairn.integrations.audit.Changes;
import app.cairn.organizations.dto.OrganizationRequest;
import app.cairn.organizations.dto.OrganizationResponse;
import app.cairn.organizations.dto.SignUpRequest;
import app.cairn.organizations.dto.SignUpResponse;
import app.cairn.people.Person;
import app.cairn.people.PersonHistory;
import app.cairn.people.PersonRepository;
import app.cairn.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;

@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final PersonHistory history;
    private final AuthService auth;
    private final AccountService accounts;
    private final CairnConfig config;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    public OrganizationService(
            OrganizationRepository organizations,
            PersonRepository people,
            PersonHistory history,
            AuthService auth,
            AccountService accounts,
            CairnConfig config,
            CurrentUser currentUser,
            AuditLog audit) {
        this.audit = audit;
        this.organizations = organizations;
        this.people = people;
        this.history = history;
        this.auth = auth;
        this.accounts = accounts;
        this.config = config;
        this.currentUser = currentUser;
    }

    public OrganizationResponse current() {
        return toResponse(organizations.findById(currentUser.orgId()));
    }

    /**
     * Admins rename the organization, set its time zone (the calendars of everyone without their own)
     * and its check-in cadence.
     */
    @Transactional
    public OrganizationResponse update(OrganizationRequest request) {
        if (!currentUser.isAdmin()) {
            throw ApiException.forbidden("Only admins change the organization's settings.");
        }
        Organization org = organizations.findById(currentUser.orgId());
        Versions.check(request.version(), org.version, "The organization");
        Changes changes = Changes.of()
                .field("name", org.name, request.name().trim())
                .field("timeZone", org.timeZone, request.timeZone());
        org.name = request.name().trim();
        org.timeZone = request.timeZone();
        if (request.checkInCadenceDays() != null) {
            org.checkInCadenceDays = request.checkInCadenceDays();
        }
        organizations.flush();
        audit.record("organization.updated", "organizations", org.id, org.name, changes);
        return toResponse(org);
    }

    private static OrganizationResponse toResponse(Organization org) {
        return new OrganizationResponse(org.id, org.name, org.slug, org.timeZone, org.checkInCadenceDays, org.version);
    }

    /**
     * Creates the organization and its first admin, who must confirm their email (a link mailed after
     * commit) before signing in: nobody can hold an account under someone else's email.
     */
    @Transactional
    public SignUpResponse signUp(SignUpRequest request) {
        if (!config.signup().enabled()) {
            throw ApiException.forbidden("Public sign-up is switched off on this server: ask its operator.");
        }
        accounts.checkPassword(
                "adminPassword",
                request.adminPassword(),
                request.adminEmail(),
                request.adminName(),
                request.organizationName());
        if (organizations.findBySlug(request.slug()).isPresent()) {
            throw ApiException.conflict("slug", "is already taken by another organization");
        }
        Organization org = new Organization();
        org.name = request.organizationName().trim();
        org.slug = request.slug();
        organizations.persist(org);

        Person admin = new Person();
        admin.orgId = org.id;
        admin.email = request.adminEmail().trim();
        admin.name = request.adminName().trim();
        admin.roles = EnumSet.of(Role.ADMIN, Role.EMPLOYEE);
        admin.passwordHash = PasswordHasher.hash(request.adminPassword());
        people.persist(admin);
        people.flush();
        history.record(admin.id, admin.id);
        accounts.sendVerification(admin, org);
        var me = auth.me(admin);
        return new SignUpResponse(me.organization(), me);
    }
}
