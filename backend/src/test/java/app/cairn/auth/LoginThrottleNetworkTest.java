package app.cairn.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whom the login buckets count: an IPv4 address as it is, an IPv6 address as its /64 network. */
class LoginThrottleNetworkTest {

    private static final Map<String, String> NETWORKS = Map.ofEntries(
            Map.entry("2001:db8:abcd:12::1", "2001:db8:abcd:12::/64"),
            Map.entry("2001:0db8:ABCD:0012:ffff:1:2:3", "2001:db8:abcd:12::/64"),
            Map.entry("[2001:db8:abcd:12:0:0:0:9]", "2001:db8:abcd:12::/64"),
            Map.entry("2001:db8::", "2001:db8:0:0::/64"),
            Map.entry("::1", "0:0:0:0::/64"),
            Map.entry("fe80::1%eth0", "fe80:0:0:0::/64"),
            // kept as they are: IPv4, IPv4-mapped IPv6, and what is not an address
            Map.entry("203.0.113.7", "203.0.113.7"),
            Map.entry("::ffff:203.0.113.7", "::ffff:203.0.113.7"),
            Map.entry("unknown", "unknown"),
            Map.entry("1:2:3", "1:2:3"),
            Map.entry("1::2::3", "1::2::3"),
            Map.entry("12345::1", "12345::1"));

    @Test
    void shouldCountAnIpv6AddressAsItsSlash64AndKeepTheRestAsItIs() {
        NETWORKS.forEach((address, network) -> assertEquals(network, LoginThrottle.network(address), address));
    }
}
