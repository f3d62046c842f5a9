package app.cairn.integrations.webhooks;

import app.cairn.integrations.IntegrationsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SSRF guard of webhooks. A target is `https://` (or `http://` when allowed), and every address its
 * host resolves to must be public — not loopback, private, link-local, CGNAT, multicast, unspecified,
 * broadcast or reserved, in IPv4 or IPv6 (IPv4-mapped and NAT64 addresses are judged by their IPv4
 * address) — unless the host or the address is on the allow-list. Checked when a webhook is saved and
 * again at every delivery, which then connects to the checked address (no second lookup to rebind).
 */
@ApplicationScoped
public class WebhookTargets {

    /** A target that may be called: the URL and the address to connect to. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {}

    /** Why a URL may not be a target (said to the admin as the message of the field `url`). */
    public static class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Resolves host names; tests replace it to simulate DNS rebinding. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<String> allowedHosts = new ArrayList<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();
    private final boolean allowHttp;
    private volatile Resolver resolver = InetAddress::getAllByName;

    @jakarta.inject.Inject
    public WebhookTargets(IntegrationsConfig config) {
        this(
                config.webhooks().allowHttp(),
                config.webhooks().allowedPrivateTargets().orElse(List.of()));
    }

    WebhookTargets(boolean allowHttp, List<String> allowList) {
        this.allowHttp = allowHttp;
        for (String entry : allowList) {
            String value = entry.trim().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            if (value.contains("/")) {
                allowedRanges.add(Cidr.parse(value));
            } else {
                allowedHosts.add(value);
            }
        }
    }

    /** For tests only: the resolver used from now on. */
    public void useResolver(Resolver resolver) {
        this.resolver = resolver == null ? InetAddress::getAllByName : resolver;
    }

    public Target check(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowHttp)) {
            throw new Refused(
                    allowHttp
                            ? "must be an http:// or https:// URL"
                            : "must be an https:// URL (plain http is refused)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment (#…)");
        }
        host = host.toLowerCase(Locale.ROOT);
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException e) {
            throw new Refused("names a host that does not resolve: " + bareHost);
        }
        if (addresses.length == 0) {
            throw new Refused("names a host that does not resolve: " + bareHost);
        }
        boolean hostAllowed = allowedHosts.contains(bareHost);
        for (InetAddress address : addresses) {
            if (!hostAllowed && !isPublic(address) && !inAllowedRange(address)) {
                throw new Refused("resolves to a private, loopback, link-local or reserved address ("
                        + address.getHostAddress() + "); such targets are refused");
            }
        }
        return new Target(uri, bareHost, port, https, addresses[0]);
    }

    private boolean inAllowedRange(InetAddress address) {
        return allowedRanges.stream().anyMatch(range -> range.contains(address));
    }

    /** Whether an address is on the public internet (the SSRF rule, without the allow-list). */
    public static boolean isPublic(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if (isMappedOrTranslatedIpv4(b)) {
                return isPublicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            int first = b[0] & 0xff;
            if (address.isAnyLocalAddress()
                    || address.isLoopbackAddress()
                    || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress()
                    || address.isMulticastAddress()
                    || (first & 0xfe) == 0xfc // fc00::/7 unique local
                    || first == 0 // ::/8 reserved, IPv4-compatible
                    || (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8)
                    || (first == 0x20 && (b[1] & 0xff) == 0x02)) { // 2001:db8::/32 docs, 2002::/16 6to4
                return false;
            }
            return (first & 0xe0) == 0x20; // 2000::/3 global unicast
        }
        return isPublicIpv4(b);
    }

    private static boolean isMappedOrTranslatedIpv4(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff; // ::ffff:a.b.c.d
        boolean nat64 =
                (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0; // 64:ff9b::/96
        }
        return mapped || nat64;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int a = b[0] & 0xff;
        int c = b[1] & 0xff;
        return !(a == 0 // this network, unspecified
                || a == 10
                || a == 127
                || (a == 100 && c >= 64 && c <= 127) // CGNAT
                || (a == 169 && c == 254) // link-local, cloud metadata
                || (a == 172 && c >= 16 && c <= 31)
                || (a == 192 && c == 168)
                || (a == 192 && c == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (a == 192 && c == 0 && (b[2] & 0xff) == 2) // documentation
                || (a == 198 && (c == 18 || c == 19)) // benchmarking
                || (a == 198 && c == 51 && (b[2] & 0xff) == 100)
                || (a == 203 && c == 0 && (b[2] & 0xff) == 113)
                || a >= 224); // multicast, reserved, broadcast
    }

    /** An address range `address/prefix` of the allow-list. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            try {
                InetAddress address = InetAddress.getByName(parts[0]);
                int prefix = Integer.parseInt(parts[1]);
                int bits = address instanceof Inet4Address ? 32 : 128;
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("Prefix out of range in " + text);
                }
                return new Cidr(address.getAddress(), prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException(
                        "cairn.integrations.webhooks.allowed-private-targets: not a CIDR range: " + text, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int i = 0; i < prefix; i++) {
                int mask = 0x80 >> (i % 8);
                if ((candidate[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
