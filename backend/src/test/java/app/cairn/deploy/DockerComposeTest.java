package app.cairn.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks docker-compose.yml and the frontend's nginx.conf against what the backend actually reads,
 * so the containerized run cannot drift from the code unnoticed. Plain JUnit: no Quarkus, no Docker.
 */
class DockerComposeTest {

    private static final Pattern CAIRN_PLACEHOLDER = Pattern.compile("\\$\\{(CAIRN_[A-Z0-9_]+)");
    private static final Pattern NGINX_LOCATION = Pattern.compile("location\\s+(\\S+)\\s*\\{([^}]*)}", Pattern.DOTALL);
    private static final Pattern NGINX_PROXY_PASS = Pattern.compile("proxy_pass\\s+([^;]+);");

    private static Path repositoryRoot;
    private static JsonNode services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        repositoryRoot = findRepositoryRoot();
        JsonNode compose = new ObjectMapper(new YAMLFactory())
                .readTree(repositoryRoot.resolve("docker-compose.yml").toFile());
        services = compose.path("services");
        assertTrue(services.isObject(), "docker-compose.yml must have a 'services' mapping");
    }

    @Test
    void shouldDefineDatabaseBackendAndFrontendServices() {
        for (String name : List.of("db", "backend", "frontend")) {
            assertTrue(services.has(name), "docker-compose.yml must define the service '" + name + "'");
        }
    }

    @Test
    void shouldRunPostgres16WithHealthcheck() {
        JsonNode db = service("db");
        assertEquals("postgres:16", db.path("image").asText(), "the db service must use the postgres:16 image");
        JsonNode test = db.path("healthcheck").path("test");
        assertFalse(test.isMissingNode(), "the db service needs a healthcheck so the backend can wait for it");
        assertTrue(test.toString().contains("pg_isready"), "the db healthcheck should ask pg_isready, but is " + test);
    }

    @Test
    void shouldWaitForHealthyDatabase() {
        JsonNode dependsOnDb = service("backend").path("depends_on").path("db");
        assertEquals(
                "service_healthy",
                dependsOnDb.path("condition").asText(),
                "the backend must depend on db with condition service_healthy, not just its start");
    }

    @Test
    void shouldPublishBackendOn8080AndFrontendOn3000() {
        assertTrue(
                publishedPorts("backend").contains("8080:8080"),
                "the backend must publish 8080:8080, but publishes " + publishedPorts("backend"));
        assertTrue(
                publishedPorts("frontend").contains("3000:80"),
                "the frontend (nginx on 80) must publish 3000:80, but publishes " + publishedPorts("frontend"));
    }

    @Test
    void shouldSetOnlyEnvironmentVariablesTheBackendReads() throws IOException {
        Set<String> read = variablesReadByBackend();
        Set<String> set = backendEnvironmentNames();
        Set<String> unknown = new TreeSet<>();
        for (String name : set) {
            if (name.startsWith("CAIRN_") && !read.contains(name)) {
                unknown.add(name);
            }
        }
        assertTrue(
                unknown.isEmpty(),
                "the backend service sets " + unknown + " but application.properties reads no such ${...} "
                        + "(it reads " + read + ")");
    }

    @Test
    void shouldGiveTheBackendItsDatabaseConnection() {
        Set<String> set = backendEnvironmentNames();
        for (String name : List.of("CAIRN_DB_URL", "CAIRN_DB_USER", "CAIRN_DB_PASSWORD")) {
            assertTrue(set.contains(name), "the backend service must set " + name + ", but sets " + set);
        }
        assertTrue(
                backendEnvironment().path("CAIRN_DB_URL").asText().startsWith("jdbc:postgresql://db:5432/"),
                "CAIRN_DB_URL must point at the db service, but is "
                        + backendEnvironment().path("CAIRN_DB_URL").asText());
    }

    @Test
    void shouldProxyApiAndQuarkusEndpointsToBackend() throws IOException {
        String nginx = Files.readString(repositoryRoot.resolve("frontend/nginx.conf"));
        for (String location : List.of("/api/", "/q/")) {
            String proxyPass = proxyPassOf(nginx, location);
            assertNotNull(proxyPass, "nginx.conf needs a 'location " + location + "' block with proxy_pass");
            assertTrue(
                    proxyPass.startsWith("http://backend:8080"),
                    "nginx.conf must proxy " + location + " to http://backend:8080, but proxies to " + proxyPass);
        }
    }

    private static JsonNode service(String name) {
        JsonNode service = services.path(name);
        assertTrue(service.isObject(), "docker-compose.yml must define the service '" + name + "'");
        return service;
    }

    private static List<String> publishedPorts(String serviceName) {
        List<String> ports = new ArrayList<>();
        for (JsonNode port : service(serviceName).path("ports")) {
            if (port.isObject()) { // long syntax: {target, published}
                ports.add(port.path("published").asText() + ":"
                        + port.path("target").asText());
            } else { // short syntax: [ip:]published:target
                String[] parts = port.asText().split(":");
                int n = parts.length;
                ports.add(n >= 2 ? parts[n - 2] + ":" + parts[n - 1] : parts[0]);
            }
        }
        return ports;
    }

    /** The backend's environment as a name → value mapping (compose allows a map or a list). */
    private static JsonNode backendEnvironment() {
        JsonNode environment = service("backend").path("environment");
        if (!environment.isArray()) {
            return environment;
        }
        var asMap = new ObjectMapper().createObjectNode();
        for (JsonNode entry : environment) {
            String[] pair = entry.asText().split("=", 2);
            asMap.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return asMap;
    }

    private static Set<String> backendEnvironmentNames() {
        Set<String> names = new TreeSet<>();
        Iterator<String> fields = backendEnvironment().fieldNames();
        fields.forEachRemaining(names::add);
        assertFalse(names.isEmpty(), "the backend service must set environment variables");
        return names;
    }

    private static Set<String> variablesReadByBackend() throws IOException {
        Path properties = repositoryRoot.resolve("backend/src/main/resources/application.properties");
        Set<String> names = new TreeSet<>();
        Matcher matcher = CAIRN_PLACEHOLDER.matcher(Files.readString(properties));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertFalse(names.isEmpty(), "application.properties should read CAIRN_* variables as ${CAIRN_...}");
        return names;
    }

    /** The proxy_pass target of {@code location <path> { ... }}, resolving a {@code set $var} target. */
    private static String proxyPassOf(String nginx, String path) {
        Matcher location = NGINX_LOCATION.matcher(nginx);
        while (location.find()) {
            if (!location.group(1).equals(path)) {
                continue;
            }
            Matcher proxyPass = NGINX_PROXY_PASS.matcher(location.group(2));
            if (!proxyPass.find()) {
                return null;
            }
            String target = proxyPass.group(1).trim();
            if (target.startsWith("$")) {
                Matcher set = Pattern.compile("set\\s+" + Pattern.quote(target) + "\\s+([^;]+);")
                        .matcher(nginx);
                return set.find() ? set.group(1).trim() : target;
            }
            return target;
        }
        return null;
    }

    /** Maven runs tests in backend/; walk up to the folder holding docker-compose.yml. */
    private static Path findRepositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "docker-compose.yml not found above " + Path.of("").toAbsolutePath());
    }
}
