package app.cairn.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.common.error.ApiException;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The password policy and hashing, without a server. */
class PasswordRulesTest {

    static final String STRONG = "Quiet-Tangerine-Orbit-42-skates";

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shouldAcceptAStrongPassphrase() {
        assertDoesNotThrow(() -> policy.check("newPassword", STRONG, "ada@acme.example", "Ada Admin", "Acme"));
    }

    @Test
    void shouldRefuseTooShortAndTooLongPasswordsNamingTheField() {
        ApiException tooShort = assertThrows(ApiException.class, () -> policy.check("newPassword", "Xk3!fP9#qL2"));
        assertEquals("newPassword", tooShort.errors().get(0).field());
        assertTrue(tooShort.errors().get(0).message().contains("12 to 128"));
        assertThrows(ApiException.class, () -> policy.check("newPassword", "a1B!".repeat(32) + "x"));
        assertDoesNotThrow(
                () -> policy.check("newPassword", ("Zq8#" + STRONG).repeat(4).substring(0, 128)));
    }

    @Test
    void shouldRefuseCommonAndGuessablePasswords() {
        for (String weak : new String[] {
            "password1234", "aaaaaaaaaaaaaaaa", "qwertyuiop123", "123456789012", "iloveyou2024!", "Password123!"
        }) {
            ApiException e = assertThrows(ApiException.class, () -> policy.check("password", weak), weak);
            assertTrue(
                    e.errors().get(0).message().startsWith("is too easy to guess"),
                    e.errors().get(0).message());
        }
    }

    @Test
    void shouldRefuseAPasswordMadeOfThePersonsOwnNameEmailOrOrganization() {
        assertDoesNotThrow(() -> policy.check("password", "zyphoria-glimmerstone-88"));
        assertThrows(
                ApiException.class,
                () -> policy.check(
                        "password", "zyphoria-glimmerstone-88", "ada@zyphoria.example", "Ada", "Glimmerstone"));
    }

    @Test
    void shouldLetEveryCharacterOfALongPasswordCount() {
        String first72 = "k".repeat(41) + "Q7#vL9!mZ2@xR4$tW8%bN6^cJ3&hP5*"; // 72 bytes
        assertEquals(72, first72.getBytes(StandardCharsets.UTF_8).length);
        String hash = PasswordHasher.hash(first72 + "-ending-one");

        assertTrue(PasswordHasher.matches(first72 + "-ending-one", hash));
        assertFalse(PasswordHasher.matches(first72 + "-ending-two", hash));
        assertFalse(PasswordHasher.matches(first72, hash));
    }

    @Test
    void shouldRefuseLongPasswordsAgainstPlainBcryptHashesAndAskToUpgradeThem() {
        String first72 = "k".repeat(72);
        String legacy = BcryptUtil.bcryptHash(first72 + "-ending-one");
        // A plain bcrypt hash cannot tell these apart, so a password over 72 bytes never matches it.
        assertFalse(PasswordHasher.matches(first72 + "-ending-two", legacy));
        assertFalse(PasswordHasher.matches(first72 + "-ending-one", legacy));

        String shortLegacy = BcryptUtil.bcryptHash("correct-horse-9");
        assertTrue(PasswordHasher.matches("correct-horse-9", shortLegacy));
        assertTrue(PasswordHasher.needsRehash(shortLegacy));
        assertFalse(PasswordHasher.needsRehash(PasswordHasher.hash("correct-horse-9")));
        assertFalse(PasswordHasher.matches("anything", null));
    }
}
