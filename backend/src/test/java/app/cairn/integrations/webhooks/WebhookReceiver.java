package app.cairn.integrations.webhooks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a received webhook as a receiver would, following the Standard Webhooks specification
 * (written here independently of {@link WebhookSigner}): any `v1,` signature in the header must equal
 * base64(HMAC-SHA256(base64-decoded secret after `whsec_`, id + "." + timestamp + "." + body)).
 */
final class WebhookReceiver {

    private WebhookReceiver() {}

    static boolean verifies(LoggedRequest request, String secret) throws Exception {
        String id = request.getHeader("webhook-id");
        String timestamp = request.getHeader("webhook-timestamp");
        String header = request.getHeader("webhook-signature");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected =
                mac.doFinal((id + "." + timestamp + "." + request.getBodyAsString()).getBytes(StandardCharsets.UTF_8));
        return Arrays.stream(header.split(" "))
                .filter(s -> s.startsWith("v1,"))
                .map(s -> Base64.getDecoder().decode(s.substring(3)))
                .anyMatch(sig -> java.security.MessageDigest.isEqual(sig, expected));
    }

    static void assertVerifies(LoggedRequest request, String secret) throws Exception {
        assertTrue(
                verifies(request, secret), "the signature does not verify: " + request.getHeader("webhook-signature"));
    }
}
