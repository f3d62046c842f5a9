package app.cairn.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Hashes passwords with bcrypt. bcrypt reads only the first 72 bytes of its input, so a password is
 * first reduced to the Base64 of its SHA-384 (64 ASCII characters): every character of a long
 * password counts. Such hashes are stored with the {@value #PREFIX} prefix; a plain bcrypt hash
 * (seeded demo data, accounts from before) is still accepted for passwords of at most 72 bytes and
 * replaced at the next sign-in ({@link #needsRehash}).
 */
public final class PasswordHasher {

    static final String PREFIX = "sha384$";
    private static final int BCRYPT_MAX_BYTES = 72;

    /** Compared against when no account matches, so unknown emails take as long as wrong passwords. */
    private static final String DUMMY_HASH = hash("not-a-real-password-but-long-enough");

    private PasswordHasher() {}

    public static String hash(String password) {
        return PREFIX + BcryptUtil.bcryptHash(prehash(password));
    }

    /** Whether the password matches the stored hash; false for a missing hash (an invited person). */
    public static boolean matches(String password, String storedHash) {
        if (storedHash == null) {
            BcryptUtil.matches(prehash(password), DUMMY_HASH.substring(PREFIX.length()));
            return false;
        }
        if (storedHash.startsWith(PREFIX)) {
            return BcryptUtil.matches(prehash(password), storedHash.substring(PREFIX.length()));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            // A plain bcrypt hash would match any password sharing the first 72 bytes.
            BcryptUtil.matches(password, storedHash);
            return false;
        }
        return BcryptUtil.matches(password, storedHash);
    }

    /** Spends the time of one comparison, for answers that must not be faster when nobody matched. */
    public static void compareWithDummy(String password) {
        matches(password, DUMMY_HASH);
    }

    public static boolean needsRehash(String storedHash) {
        return storedHash != null && !storedHash.startsWith(PREFIX);
    }

    private static String prehash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-384").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-384 is missing from this JVM", e);
        }
    }
}
