package app.cairn.auth;

import app.cairn.auth.AccountToken.Purpose;
import app.cairn.auth.SignInSessions.EndReason;
import app.cairn.auth.dto.LinkInfo;
import app.cairn.common.error.ApiException;
import app.cairn.common.security.CurrentUser;
import app.cairn.organizations.Organization;
import app.cairn.organizations.OrganizationRepository;
import app.cairn.people.Person;
import app.cairn.people.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The account lifecycle around a password: confirming a new admin's email, invitations, forgotten
 * passwords and password changes. Requests that send mail to an address anyone can type (reset,
 * resend) answer the same whether or not an account exists, and count against the login throttle.
 */
@ApplicationScoped
public class AccountService {

    private static final Set<Purpose> SET_PASSWORD = EnumSet.of(Purpose.RESET_PASSWORD, Purpose.INVITE);

    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final AccountTokens links;
    private final AccountMails mails;
    private final PasswordPolicy policy;
    private final SignInSessions sessions;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final Clock clock;

    public AccountService(
            PersonRepository people,
            OrganizationRepository organizations,
            AccountTokens links,
            AccountMails mails,
            PasswordPolicy policy,
            SignInSessions sessions,
            LoginThrottle throttle,
            CurrentUser currentUser,
            Clock clock) {
        this.people = people;
        this.organizations = organizations;
        this.links = links;
        this.mails = mails;
        this.policy = policy;
        this.sessions = sessions;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Checks a new password against the policy, naming `field`, with the person's own words as weak. */
    public void checkPassword(String field, String password, String email, String name, String orgName) {
        policy.check(field, password, email, name, orgName);
    }

    /** Mails a new organization's admin the link that confirms their email (after commit). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendVerification(Person admin, Organization org) {
        mails.verifyEmail(admin, org, links.issue(admin, Purpose.VERIFY_EMAIL));
    }

    /** Mails an invited person the link to choose their first password (after commit). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendInvitation(Person person, String inviterName) {
        if (person.passwordHash != null) {
            throw ApiException.conflict("This person has set a password already: they can use \"Forgot password\".");
        }
        Organization org = organizations.findById(person.orgId);
        mails.invite(person, org, inviterName, links.issue(person, Purpose.INVITE));
    }

    @Transactional
    public void verifyEmail(String token) {
        AccountToken link = links.usable(token, EnumSet.of(Purpose.VERIFY_EMAIL));
        links.useUp(link, EnumSet.of(Purpose.VERIFY_EMAIL));
        people.update("emailVerifiedAt = ?1 where id = ?2 and emailVerifiedAt is null", clock.instant(), link.personId);
    }

    /** A new confirmation link for unconfirmed accounts with this email; silent otherwise. */
    public void resendVerification(String email, String clientAddress) {
        countRequest(email, clientAddress);
        resendVerification(email);
    }

    @Transactional
    void resendVerification(String email) {
        for (Person person : people.findActiveByEmail(email)) {
            if (person.emailVerifiedAt == null && person.passwordHash != null) {
                sendVerification(person, organizations.findById(person.orgId));
            }
        }
    }

    /** Mails a reset link to each active account with this email (in one organization, if named). */
    public void requestReset(String email, String organizationSlug, String clientAddress) {
        countRequest(email, clientAddress);
        requestReset(email, organizationSlug);
    }

    @Transactional
    void requestReset(String email, String organizationSlug) {
        for (Person person : people.findActiveByEmail(email)) {
            Organization org = organizations.findById(person.orgId);
            boolean anyOrganization = organizationSlug == null || organizationSlug.isBlank();
            if (anyOrganization || org.slug.equalsIgnoreCase(organizationSlug.trim())) {
                mails.resetPassword(person, org, links.issue(person, Purpose.RESET_PASSWORD));
            }
        }
    }

    /** Whom a link is for, so the page can greet them before they choose a password. */
    @Transactional
    public LinkInfo linkInfo(String token) {
        AccountToken link = links.usable(token, EnumSet.allOf(Purpose.class));
        Person person = people.findById(link.personId);
        Organization org = organizations.findById(link.orgId);
        return new LinkInfo(link.purpose.name(), person.email, person.name, org.name, link.expiresAt);
    }

    /**
     * Sets the password through a reset or invitation link: the email is thereby confirmed, and every
     * session of the person ends (whoever knew the old password is out).
     */
    @Transactional
    public void setPassword(String token, String newPassword) {
        AccountToken link = links.usable(token, SET_PASSWORD);
        Person person = people.findById(link.personId);
        if (!person.active) {
            throw ApiException.invalid("token", AccountTokens.INVALID_LINK);
        }
        Organization org = organizations.findById(person.orgId);
        checkPassword("newPassword", newPassword, person.email, person.name, org.name);
        links.useUp(link, SET_PASSWORD);
        people.update(
                "passwordHash = ?1, emailVerifiedAt = coalesce(emailVerifiedAt, ?2) where id = ?3",
                PasswordHasher.hash(newPassword),
                clock.instant(),
                person.id);
        sessions.endAllOf(person.id, null, EndReason.PASSWORD_RESET);
        if (link.purpose == Purpose.RESET_PASSWORD) {
            mails.passwordChanged(person);
        }
    }

    /** Changes the caller's password; every other session of theirs ends, this one goes on. */
    public void changePassword(String currentPassword, String newPassword, String clientAddress) {
        Person me = currentUser.person();
        UUID keep = currentUser.sessionId();
        throttle.checkAllowed(clientAddress, me.email);
        if (!PasswordHasher.matches(currentPassword, me.passwordHash)) {
            throttle.recordFailure(clientAddress, me.email);
            throw ApiException.invalid("currentPassword", "is not your current password");
        }
        Organization org = organizations.findById(me.orgId);
        checkPassword("newPassword", newPassword, me.email, me.name, org.name);
        if (PasswordHasher.matches(newPassword, me.passwordHash)) {
            throw ApiException.invalid("newPassword", "is your current password: choose a new one");
        }
        storeChangedPassword(me, newPassword, keep);
    }

    @Transactional
    void storeChangedPassword(Person me, String newPassword, UUID keep) {
        people.update("passwordHash = ?1 where id = ?2", PasswordHasher.hash(newPassword), me.id);
        links.update(
                "usedAt = ?1 where personId = ?2 and purpose = ?3 and usedAt is null",
                clock.instant(),
                me.id,
                Purpose.RESET_PASSWORD);
        sessions.endAllOf(me.id, keep, EndReason.PASSWORD_CHANGED);
        mails.passwordChanged(me);
    }

    /** Mail-sending requests anyone can make are throttled like failed sign-ins (no mail bombing). */
    private void countRequest(String email, String clientAddress) {
        throttle.checkAllowed(clientAddress, email);
        throttle.recordFailure(clientAddress, email);
    }
}
