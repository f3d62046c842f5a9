package app.cairn.auth;

import app.cairn.auth.SignInSessions.Continued;
import app.cairn.auth.dto.LoginRequest;
import app.cairn.auth.dto.LoginResponse;
import app.cairn.auth.dto.MeResponse;
import app.cairn.common.error.ApiException;
import app.cairn.common.web.Ref;
import app.cairn.organizations.Organization;
import app.cairn.organizations.OrganizationRepository;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Password sign-in and session refresh. Wrong password and unknown email are the same 401; failures
 * are throttled per client address (see LoginThrottle). A correct password of an account whose email
 * is not confirmed yet gets 403 saying so.
 */
@ApplicationScoped
public class AuthService {

    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final SignInSessions sessions;

    public AuthService(
            PersonRepository people,
            OrganizationRepository organizations,
            TokenService tokens,
            LoginThrottle throttle,
            SignInSessions sessions) {
        this.people = people;
        this.organizations = organizations;
        this.tokens = tokens;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /** The response body and the refresh token for the cookie. */
    public record SignedIn(LoginResponse body, String refreshToken, java.time.Instant refreshExpiresAt) {}

    public SignedIn login(LoginRequest request, String clientAddress) {
        throttle.checkAllowed(clientAddress, request.email());
        List<Person> candidates = people.findActiveByEmail(request.email());
        Map<UUID, Organization> orgs = candidates.stream()
                .map(p -> p.orgId)
                .distinct()
                .map(organizations::findById)
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        if (request.organization() != null && !request.organization().isBlank()) {
            String slug = request.organization().trim();
            candidates = candidates.stream()
                    .filter(p -> orgs.get(p.orgId).slug.equalsIgnoreCase(slug))
                    .toList();
        }
        if (candidates.isEmpty()) {
            PasswordHasher.compareWithDummy(request.password());
        }
        List<Person> matches = candidates.stream()
                .filter(p -> PasswordHasher.matches(request.password(), p.passwordHash))
                .toList();
        if (matches.isEmpty()) {
            throttle.recordFailure(clientAddress, request.email());
            throw ApiException.unauthorized("Email or password is incorrect.");
        }
        List<Person> confirmed =
                matches.stream().filter(p -> p.emailVerifiedAt != null).toList();
        if (confirmed.isEmpty()) {
            throw ApiException.forbidden(
                    "Confirm your email first: open the link we sent to it (you can ask for a new one).");
        }
        if (confirmed.size() > 1) {
            String slugs =
                    confirmed.stream().map(p -> orgs.get(p.orgId).slug).sorted().collect(Collectors.joining(", "));
            throw ApiException.invalid(
                    "organization", "this email has accounts in several organizations: give one of " + slugs);
        }
        Person person = confirmed.get(0);
        upgradeHash(person, request.password());
        return signedIn(sessions.open(person));
    }

    /** A new access token (and refresh token) for the session of this refresh token. */
    public Optional<SignedIn> refresh(String refreshToken) {
        return sessions.refresh(refreshToken).map(this::signedIn);
    }

    /** The signed-in person with their organization, team, manager and report count: one query. */
    public MeResponse me(Person person) {
        Object[] row = (Object[]) people.getEntityManager()
                .createNativeQuery("""
                        select o.name as org_name, o.slug, o.time_zone, t.name as team_name, m.name as manager_name,
                               (select count(*) from people r where r.manager_id = p.id and r.active) as reports
                        from people p
                        join organizations o on o.id = p.org_id
                        left join teams t on t.id = p.team_id
                        left join people m on m.id = p.manager_id
                        where p.id = :id
                        """)
                .setParameter("id", person.id)
                .getSingleResult();
        String orgTimeZone = (String) row[2];
        return new MeResponse(
                person.id,
                person.email,
                person.name,
                person.title,
                person.roles,
                Ref.of(person.teamId, (String) row[3]),
                Ref.of(person.managerId, (String) row[4]),
                ((Number) row[5]).longValue(),
                new MeResponse.OrganizationSummary(person.orgId, (String) row[0], (String) row[1], orgTimeZone),
                person.timeZone != null ? person.timeZone : orgTimeZone,
                new MeResponse.Preferences(person.timeZone));
    }

    private SignedIn signedIn(Continued continued) {
        TokenService.IssuedToken token = tokens.issue(continued.person(), continued.session().id);
        LoginResponse body = new LoginResponse(token.token(), "Bearer", token.expiresAt(), me(continued.person()));
        return new SignedIn(body, continued.refreshToken(), continued.refreshExpiresAt());
    }

    /** A hash from before the long-password fix is replaced now that the password is known. */
    @Transactional
    void upgradeHash(Person person, String password) {
        if (PasswordHasher.needsRehash(person.passwordHash)) {
            people.update("passwordHash = ?1 where id = ?2", PasswordHasher.hash(password), person.id);
        }
    }
}
