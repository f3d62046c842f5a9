package app.cairn.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every JAX-RS operation of the application and fails when one that is not public declares
 * neither the scope an API token needs ({@link TokenScope}) nor a reasoned refusal ({@link
 * TokensRefused}), on the method or its class: a new resource cannot slip in without a decision.
 */
class TokenScopeCoverageTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, HEAD.class, POST.class, PUT.class, PATCH.class, DELETE.class);

    @Test
    void shouldMakeEveryNonPublicOperationDeclareItsTokenScopeOrRefuseTokens() throws Exception {
        List<Class<?>> resources = resourceClasses();
        assertTrue(resources.size() > 25, "resource classes found: " + resources.size());
        List<String> undecided = new ArrayList<>();
        int operations = 0;
        for (Class<?> type : resources) {
            for (Method method : type.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                operations++;
                if (isPublic(method, type)) {
                    continue;
                }
                boolean declared = method.isAnnotationPresent(TokenScope.class)
                        || method.isAnnotationPresent(TokensRefused.class)
                        || type.isAnnotationPresent(TokenScope.class)
                        || type.isAnnotationPresent(TokensRefused.class);
                if (!declared) {
                    undecided.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(operations > 100, "operations walked: " + operations);
        assertEquals(List.of(), undecided, "operations with neither @TokenScope nor @TokensRefused(reason)");
    }

    @Test
    void shouldGiveEveryRefusalAReason() throws Exception {
        List<String> bare = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            check(type.getAnnotation(TokensRefused.class), type.getSimpleName(), bare);
            for (Method method : type.getDeclaredMethods()) {
                check(method.getAnnotation(TokensRefused.class), type.getSimpleName() + "." + method.getName(), bare);
            }
        }
        assertEquals(List.of(), bare, "@TokensRefused without a reason");
    }

    private static void check(TokensRefused refused, String where, List<String> bare) {
        if (refused != null && refused.value().equals("This operation is not available to API tokens.")) {
            bare.add(where);
        }
    }

    private static boolean isPublic(Method method, Class<?> type) {
        return method.isAnnotationPresent(PermitAll.class)
                || (type.isAnnotationPresent(PermitAll.class) && !method.isAnnotationPresent(RolesAllowed.class));
    }

    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        var classes = Paths.get(TokenScope.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        var root = classes.resolve("app/cairn");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(name, false, TokenScopeCoverageTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // not an application class we can inspect
                }
            }
        }
        return found;
    }
}
