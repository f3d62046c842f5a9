package app.cairn.support;

import app.cairn.auth.JwtKeys;
import app.cairn.people.Person;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** Tokens that must be refused: expired, wrong issuer, signed by another key, tampered, `alg: none`. */
@ApplicationScoped
public class TestTokens {

    private final JwtKeys keys;

    public TestTokens(JwtKeys keys) {
        this.keys = keys;
    }

    public String expired(Person person) {
        return claims(person, "https://cairn.local")
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign(keys.privateKey());
    }

    public String wrongIssuer(Person person) {
        return claims(person, "https://evil.example").sign(keys.privateKey());
    }

    public String signedByAnotherKey(Person person) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return claims(person, "https://cairn.local")
                .sign(generator.generateKeyPair().getPrivate());
    }

    /** A valid token whose payload is swapped for one claiming the ADMIN role. */
    public String tampered(Person person) {
        String[] parts =
                claims(person, "https://cairn.local").sign(keys.privateKey()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"EMPLOYEE\"", "\"ADMIN\",\"EMPLOYEE\"");
        String forged =
                Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forged + "." + parts[2];
    }

    /** Correctly signed and unexpired, with exactly these identity claims (any may be null). */
    public String signed(String subject, String org, String session) {
        var claims = Jwt.issuer("https://cairn.local").expiresAt(Instant.now().plusSeconds(600));
        if (subject != null) {
            claims.subject(subject);
        }
        if (org != null) {
            claims.claim("org", org);
        }
        if (session != null) {
            claims.claim("sid", session);
        }
        return claims.sign(keys.privateKey());
    }

    public String algNone(Person person) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String[] parts =
                claims(person, "https://cairn.local").sign(keys.privateKey()).split("\\.");
        return header + "." + parts[1] + ".";
    }

    private io.smallrye.jwt.build.JwtClaimsBuilder claims(Person person, String issuer) {
        return Jwt.issuer(issuer)
                .subject(person.id.toString())
                .upn(person.email)
                .groups(Set.of("EMPLOYEE"))
                .claim("org", person.orgId.toString())
                .expiresAt(Instant.now().plusSeconds(600));
    }
}
