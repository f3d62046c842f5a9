package app.cairn.auth;

import app.cairn.common.config.CairnConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RS256 key pair that signs access tokens. Read from the configured PEM files; when neither file
 * exists yet (a fresh local run), a pair is generated once into the data folder and reused after.
 * SmallRye JWT verifies with the same public key file.
 */
@Startup
@ApplicationScoped
public class JwtKeys {

    private final PrivateKey privateKey;

    public JwtKeys(CairnConfig config) {
        Path privatePath = Path.of(config.jwt().privateKeyLocation());
        Path publicPath = Path.of(config.jwt().publicKeyLocation());
        boolean havePrivate = Files.exists(privatePath);
        boolean havePublic = Files.exists(publicPath);
        if (!havePrivate && !havePublic) {
            generate(privatePath, publicPath);
        } else if (havePrivate != havePublic) {
            throw new IllegalStateException("Only one half of the JWT key pair exists: need both "
                    + privatePath.toAbsolutePath() + " and " + publicPath.toAbsolutePath());
        }
        this.privateKey = readPrivateKey(privatePath);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    private static void generate(Path privatePath, Path publicPath) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            createParent(privatePath);
            createParent(publicPath);
            Files.writeString(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            restrictToOwner(privatePath);
            Files.writeString(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Log.infof(
                    "Generated a JWT signing key pair in %s",
                    privatePath.toAbsolutePath().getParent());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key pair", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JWT key pair", e);
        }
    }

    private static PrivateKey readPrivateKey(Path path) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(path)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not a PKCS#8 RSA private key: " + path.toAbsolutePath(), e);
        }
    }

    static PublicKey readPublicKey(Path path) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.X509EncodedKeySpec(der(path)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an X.509 RSA public key: " + path.toAbsolutePath(), e);
        }
    }

    private static byte[] der(Path path) {
        try {
            String body = Files.readString(path, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path.toAbsolutePath(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void createParent(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            Log.debugf("No POSIX permissions on %s", path);
        }
    }
}
