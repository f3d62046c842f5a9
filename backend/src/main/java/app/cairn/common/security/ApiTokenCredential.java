package app.cairn.common.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API token presented as a bearer token, with the client address it came from. */
public class ApiTokenCredential extends BaseAuthenticationRequest {

    public static final String PREFIX = "cairn_";

    private final String secret;
    private final String clientAddress;

    public ApiTokenCredential(String secret, String clientAddress) {
        this.secret = secret;
        this.clientAddress = clientAddress;
    }

    public String secret() {
        return secret;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
