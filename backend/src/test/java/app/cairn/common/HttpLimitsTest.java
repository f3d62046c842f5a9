package app.cairn.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.cairn.support.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests the HTTP layer refuses before our code runs are problem+json like every other error. */
@QuarkusTest
class HttpLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    String admin;

    @BeforeEach
    void setUp() {
        admin = fixtures.token(fixtures.org().admin());
    }

    @Test
    void shouldAnswerATooLongUriWith414Problem() throws Exception {
        HttpResponse<String> response =
                send(request("/api/v1/people?q=" + "x".repeat(20_000)).GET());
        assertProblem(response, 414);
    }

    @Test
    void shouldAnswerTooLargeHeadersWith431Problem() throws Exception {
        HttpResponse<String> response = send(
                request("/api/v1/me").header("X-Padding", "x".repeat(30_000)).GET());
        assertProblem(response, 431);
    }

    @Test
    void shouldAnswerATooLargeBodyWith413Problem() throws Exception {
        // the length alone is too much: answered before a byte of the body is sent
        String sized = raw("Content-Length: " + (11 * 1024 * 1024) + "\r\n", 0);
        assertRawProblem(sized, 413);

        // without a Content-Length (chunked), the limit is found while reading: send a little more than it
        String chunked = raw("Transfer-Encoding: chunked\r\n", 10 * 1024 * 1024 + 64 * 1024);
        assertRawProblem(chunked, 413);
    }

    /** A POST written by hand: its head, then `chunkedBytes` of body in chunks (left unfinished); the answer. */
    private String raw(String lengthHeader, int chunkedBytes) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/teams HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + admin
                            + "\r\nContent-Type: application/json\r\n" + lengthHeader + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int sent = 0; sent < chunkedBytes; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            return readResponse(socket.getInputStream());
        }
    }

    /** The status line, headers and the Content-Length bytes of body of one response. */
    private static String readResponse(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void assertRawProblem(String response, int status) throws Exception {
        assertTrue(response.startsWith("HTTP/1.1 " + status), response);
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertTrue(head.contains("content-type: application/problem+json"), head);
        JsonNode problem = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertEquals(status, problem.path("status").asInt());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + admin);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "content type " + response.headers().firstValue("Content-Type"));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(status, problem.path("status").asInt());
        assertTrue(problem.path("title").asText().length() > 0);
    }
}
