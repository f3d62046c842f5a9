package app.cairn.auth;

import app.cairn.auth.dto.LoginRequest;
import app.cairn.auth.dto.LoginResponse;
import app.cairn.auth.dto.MeResponse;
import app.cairn.common.error.ApiException;
import app.cairn.common.web.Ref;
import app.cairn.organizations.Organization;
import app.cairn.organizations.OrganizationRepository;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import app.cairn.teams.TeamRepository;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Password sign-in. Wrong password and unknown email are the same 401; repeated failures get 429. */
@ApplicationScoped
public class AuthService {

    /** Compared against when no account matches, so that unknown emails take as long as wrong passwords. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final TeamRepository teams;
    private final TokenService tokens;
    private final LoginThrottle throttle;

    public AuthService(
            PersonRepository people,
            OrganizationRepository organizations,
            TeamRepository teams,
            TokenService tokens,
            LoginThrottle throttle) {
        this.people = people;
        this.organizations = organizations;
        this.teams = teams;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    public LoginResponse login(LoginRequest request) {
        throttle.checkAllowed(request.email());
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
            BcryptUtil.matches(request.password(), DUMMY_HASH);
        }
        List<Person> matches = candidates.stream()
                .filter(p -> BcryptUtil.matches(request.password(), p.passwordHash))
                .toList();
        if (matches.isEmpty()) {
            throttle.recordFailure(request.email());
            throw ApiException.unauthorized("Email or password is incorrect.");
        }
        if (matches.size() > 1) {
            String slugs =
                    matches.stream().map(p -> orgs.get(p.orgId).slug).sorted().collect(Collectors.joining(", "));
            throw ApiException.invalid(
                    "organization", "this email has accounts in several organizations: give one of " + slugs);
        }
        throttle.recordSuccess(request.email());
        Person person = matches.get(0);
        TokenService.IssuedToken token = tokens.issue(person);
        return new LoginResponse(token.token(), "Bearer", token.expiresAt(), me(person));
    }

    public MeResponse me(Person person) {
        Organization org = organizations.findById(person.orgId);
        String teamName = person.teamId == null ? null : teams.findById(person.teamId).name;
        String managerName = person.managerId == null ? null : people.findById(person.managerId).name;
        return new MeResponse(
                person.id,
                person.email,
                person.name,
                person.title,
                person.roles,
                Ref.of(person.teamId, teamName),
                Ref.of(person.managerId, managerName),
                people.countActiveReports(person.id),
                new MeResponse.OrganizationSummary(org.id, org.name, org.slug, org.timeZone),
                person.timeZone != null ? person.timeZone : org.timeZone,
                new MeResponse.Preferences(person.timeZone));
    }
}
