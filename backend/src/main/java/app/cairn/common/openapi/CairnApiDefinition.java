package app.cairn.common.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/** The API's identity and its one security scheme: a bearer JWT from POST /api/v1/auth/login. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Cairn API",
                        version = "1.0",
                        description = "Performance management: objectives and the cascade, one-to-ones, reviews. "
                                + "Sign in with POST /api/v1/auth/login, press Authorize and paste the accessToken.",
                        contact = @Contact(name = "Cairn maintainers"),
                        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers =
                @Server(
                        url = "http://localhost:8080",
                        description = "A local Cairn (`make run`); use your instance's origin"))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "The accessToken from POST /api/v1/auth/login")
public class CairnApiDefinition extends Application {}
