package app.attune.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses the trusted-proxy setting covers; plain JUnit, no Spring. */
class TrustedProxiesTest {

    @Test
    void nothing_is_trusted_by_default() {
        var none = TrustedProxies.of(List.of());

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.trusts("127.0.0.1")).isFalse();
        assertThat(none.trusts("10.0.0.5")).isFalse();
    }

    @Test
    void a_bare_address_is_a_range_of_one() {
        var proxies = TrustedProxies.of(List.of("10.0.0.5", " 2001:db8::7 "));

        assertThat(proxies.trusts("10.0.0.5")).isTrue();
        assertThat(proxies.trusts("10.0.0.6")).isFalse();
        assertThat(proxies.trusts("2001:db8:0:0:0:0:0:7")).isTrue();
        assertThat(proxies.trusts("2001:db8::8")).isFalse();
        assertThat(proxies.asCidrList()).isEqualTo("10.0.0.5/32,2001:db8::7/128");
    }

    @Test
    void a_range_covers_exactly_its_addresses_in_ipv4_and_ipv6() {
        var proxies = TrustedProxies.of(List.of("172.16.0.0/12", "fd00::/8", ""));

        assertThat(proxies.trusts("172.16.0.1")).isTrue();
        assertThat(proxies.trusts("172.31.255.254")).isTrue();
        assertThat(proxies.trusts("172.32.0.1")).isFalse();
        assertThat(proxies.trusts("172.15.255.255")).isFalse();
        assertThat(proxies.trusts("fd12:3456::1")).isTrue();
        assertThat(proxies.trusts("fe80::1")).isFalse();
        assertThat(proxies.trusts("192.168.0.1")).isFalse();
    }

    @Test
    void a_host_name_or_junk_in_a_header_is_never_trusted_and_never_looked_up() {
        var everyone = TrustedProxies.of(List.of("0.0.0.0/0", "::/0"));

        assertThat(everyone.trusts("203.0.113.9")).isTrue();
        assertThat(everyone.trusts("localhost")).isFalse();
        assertThat(everyone.trusts("proxy.example.org")).isFalse();
        assertThat(everyone.trusts("")).isFalse();
        assertThat(everyone.trusts(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.256",
                "10.0.0.0/33",
                "::1/129",
                "proxy.example.org",
                "10.0.0.0/",
                "10.0.0.0/x",
                "10.0.0",
                "unknown"
            })
    void a_setting_that_is_no_address_or_range_is_refused_by_name(String entry) {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.1", entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry.strip());
    }
}
