package app.cairn.integrations.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    @Test
    void shouldJudgeAddressesLikeAnSsrfGuard() throws Exception {
        for (String address : List.of(
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.1",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "255.255.255.255",
                "224.0.0.251",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12::1",
                "ff02::1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "64:ff9b::a00:1",
                "2001:db8::1")) {
            assertFalse(WebhookTargets.isPublic(InetAddress.getByName(address)), address + " is not public");
        }
        for (String address : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8")) {
            assertTrue(WebhookTargets.isPublic(InetAddress.getByName(address)), address + " is public");
        }
    }

    @Test
    void shouldRefusePlainHttpUnlessAllowedAndHonourTheAllowList() throws Exception {
        WebhookTargets strict = new WebhookTargets(false, List.of());
        assertThrows(WebhookTargets.Refused.class, () -> strict.check("http://93.184.216.34/hook"));
        assertThrows(WebhookTargets.Refused.class, () -> strict.check("https://127.0.0.1/hook"));
        assertEquals(443, strict.check("https://93.184.216.34/hook").port());
        WebhookTargets local = new WebhookTargets(true, List.of("127.0.0.0/8", "intranet.test"));
        local.useResolver(host -> host.endsWith(".test")
                ? new InetAddress[] {InetAddress.getByName("10.9.9.9")}
                : InetAddress.getAllByName(host));
        assertEquals(8080, local.check("http://127.0.0.1:8080/hook").port());
        assertEquals(
                "10.9.9.9", local.check("https://intranet.test/hook").address().getHostAddress());
        assertThrows(WebhookTargets.Refused.class, () -> local.check("https://other.test/hook"));
    }
}
