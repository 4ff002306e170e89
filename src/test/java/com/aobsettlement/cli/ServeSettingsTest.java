package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `serve`'s settings and AOB_PUSHGATEWAY_URL, checked before anything starts. */
class ServeSettingsTest {

    @Test
    void loopbackNeedsNoCredentials() {
        assertThat(ServeSettings.of(Map.of("AOB_HTTP_ADDRESS", "127.0.0.1"))).isEqualTo(new ServeSettings("127.0.0.1", 8080, false));
        assertThat(ServeSettings.of(Map.of("AOB_HTTP_ADDRESS", "::1", "AOB_HTTP_PORT", "9000")).url()).isEqualTo("http://[::1]:9000/");
        assertThat(ServeSettings.of(Map.of("AOB_HTTP_ADDRESS", "localhost")).credentials()).isFalse();
    }

    @Test
    void anyOtherAddressNeedsBoth() {
        assertThatThrownBy(() -> ServeSettings.of(Map.of("AOB_HTTP_ADDRESS", "0.0.0.0"))).isInstanceOf(UsageException.class)
                .hasMessage("Listening on 0.0.0.0 needs AOB_WEB_USER and AOB_WEB_PASSWORD: set both, or leave AOB_HTTP_ADDRESS at 127.0.0.1.");
        assertThat(ServeSettings.of(Map.of("AOB_HTTP_ADDRESS", "0.0.0.0", "AOB_WEB_USER", "op", "AOB_WEB_PASSWORD", "pw")))
                .isEqualTo(new ServeSettings("0.0.0.0", 8080, true));
        assertThatThrownBy(() -> ServeSettings.of(Map.of("AOB_WEB_PASSWORD", "pw"))).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("Set both AOB_WEB_USER and AOB_WEB_PASSWORD");
        assertThatThrownBy(() -> ServeSettings.of(Map.of("AOB_HTTP_ADDRESS", "no such host.invalid"))).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("AOB_HTTP_ADDRESS 'no such host.invalid' is not an address of this machine.");
        for (String port : List.of("0", "65536", "http", "-1")) {
            assertThatThrownBy(() -> ServeSettings.of(Map.of("AOB_HTTP_PORT", port))).isInstanceOf(UsageException.class)
                    .hasMessage("AOB_HTTP_PORT '" + port + "' must be a port number from 1 to 65535.");
        }
    }

    @Test
    void pushgatewayUrlBecomesBootsProperties() {
        assertThat(Pushgateway.properties(Map.of("AOB_PUSHGATEWAY_URL", "http://10.0.0.5:9091"), "settle")).containsExactly(
                "--management.prometheus.metrics.export.pushgateway.enabled=true",
                "--management.prometheus.metrics.export.pushgateway.scheme=http",
                "--management.prometheus.metrics.export.pushgateway.address=10.0.0.5:9091",
                "--management.prometheus.metrics.export.pushgateway.grouping-key.command=settle");
        assertThat(Pushgateway.properties(Map.of("AOB_PUSHGATEWAY_URL", "https://push.example"), "import"))
                .contains("--management.prometheus.metrics.export.pushgateway.address=push.example:443");
        for (String url : List.of("push:9091", "ftp://h:1", "http://h:9091/metrics/job/x", "http://")) {
            assertThatThrownBy(() -> Pushgateway.properties(Map.of("AOB_PUSHGATEWAY_URL", url), "settle"))
                    .isInstanceOf(UsageException.class).hasMessageContaining("must be http://HOST:PORT");
        }
    }

    @Test
    void serveTakesNoArguments() {
        assertThat(CommandParser.parse(new String[] {"serve"})).isEqualTo(new Command.Serve());
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"serve", "--port", "1"})).isInstanceOf(UsageException.class)
                .hasMessage("Expected: serve (no further arguments)");
        assertThat(CommandHelp.of("serve")).contains("Usage: java -jar aob-settlement.jar serve", "AOB_WEB_USER");
    }
}
