package app.cairn.integrations.webhooks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A deliberately small HTTP/1.1 client for webhook POSTs: it connects to the address the SSRF guard
 * checked (TLS still verifies the certificate against the host name, with SNI), bounds the connect
 * and read times, never follows a redirect, and reads at most 1 KB of the answer. java.net.http
 * cannot be told which address to connect to on Java 17, so a rebinding DNS could slip past it.
 */
public final class WebhookHttp {

    /** What the endpoint answered: the status and the start of the body. */
    public record Answer(int status, String snippet) {}

    static final int SNIPPET = 1024;
    private static final int MAX_HEAD = 16 * 1024;

    private WebhookHttp() {}

    public static Answer post(
            WebhookTargets.Target target,
            Map<String, String> headers,
            byte[] body,
            Duration connectTimeout,
            Duration readTimeout)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(target.address(), target.port()), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            if (target.https()) {
                socket = tls(socket, target);
            }
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            out.write(head(target, headers, body.length).getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            long deadline = System.nanoTime() + readTimeout.toNanos();
            return read(new BufferedInputStream(new Deadline(socket.getInputStream(), deadline)));
        } finally {
            socket.close();
        }
    }

    private static Socket tls(Socket plain, WebhookTargets.Target target) throws IOException {
        SSLSocket socket = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!target.host().contains(":") && !target.host().matches("[0-9.]+")) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    private static String head(WebhookTargets.Target target, Map<String, String> headers, int length) {
        String path =
                target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty()
                        ? "/"
                        : target.uri().getRawPath();
        if (target.uri().getRawQuery() != null) {
            path += "?" + target.uri().getRawQuery();
        }
        String host = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
        boolean defaultPort = target.port() == (target.https() ? 443 : 80);
        StringBuilder head = new StringBuilder()
                .append("POST ")
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(host)
                .append(defaultPort ? "" : ":" + target.port())
                .append("\r\n")
                .append("User-Agent: Cairn-Webhooks/1\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: ")
                .append(length)
                .append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    /** Reads the status line, the headers, and up to {@link #SNIPPET} bytes of the body. */
    static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP answer: " + truncate(statusLine));
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("Not an HTTP status: " + truncate(statusLine));
        }
        boolean chunked = false;
        long length = -1;
        int headBytes = statusLine.length();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            headBytes += header.length();
            if (headBytes > MAX_HEAD) {
                throw new IOException("The answer's headers are too long");
            }
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("transfer-encoding")
                    && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            } else if (name.equals("content-length")) {
                try {
                    length = Long.parseLong(value);
                } catch (NumberFormatException ignored) {
                    length = -1;
                }
            }
        }
        ByteArrayOutputStream snippet = new ByteArrayOutputStream();
        if (chunked) {
            while (snippet.size() < SNIPPET) {
                String size = line(in).split(";", 2)[0].trim();
                long chunk = size.isEmpty() ? 0 : Long.parseLong(size, 16);
                if (chunk == 0) {
                    break;
                }
                copy(in, snippet, Math.min(chunk, SNIPPET - snippet.size()));
                if (chunk > SNIPPET - snippet.size()) {
                    break;
                }
                line(in);
            }
        } else if (status != 204 && status != 304 && length != 0) {
            copy(in, snippet, length < 0 ? SNIPPET : Math.min(length, SNIPPET));
        }
        return new Answer(status, snippet.toString(StandardCharsets.UTF_8));
    }

    private static void copy(InputStream in, ByteArrayOutputStream to, long limit) throws IOException {
        byte[] buffer = new byte[512];
        long left = limit;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            to.write(buffer, 0, read);
            left -= read;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
            if (line.length() > MAX_HEAD) {
                throw new IOException("An answer line is too long");
            }
        }
        return line.toString();
    }

    /** Bounds the whole read, not just each read call: a drip-feeding endpoint cannot hold a worker. */
    private static final class Deadline extends FilterInputStream {
        private final long deadline;

        Deadline(InputStream in, long deadline) {
            super(in);
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return super.read(b, off, len);
        }

        private void check() throws IOException {
            if (System.nanoTime() > deadline) {
                throw new SocketTimeoutException("The endpoint took too long to answer");
            }
        }
    }

    private static String truncate(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
