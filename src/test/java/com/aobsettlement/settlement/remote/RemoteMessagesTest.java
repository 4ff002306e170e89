package com.aobsettlement.settlement.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The partition request's wire form, the settings' durations and how the broker is shown. */
class RemoteMessagesTest {

    @Test
    void aRequestGoesAsJsonAndComesBack() {
        PartitionRequest request = new PartitionRequest(12, 345, "settleClaimsWorker");
        assertThat(new String(request.toJson(), StandardCharsets.UTF_8))
                .isEqualTo("{\"jobExecutionId\":12,\"stepExecutionId\":345,\"stepName\":\"settleClaimsWorker\"}");
        assertThat(PartitionRequest.parse(request.toJson())).isEqualTo(request);
    }

    @Test
    void anythingElseIsNotARequest() {
        for (String body : new String[] {"", "not a request", "{\"jobExecutionId\":1,\"stepExecutionId\":2}",
            "{\"jobExecutionId\":1,\"stepExecutionId\":2,\"stepName\":\"a b\"}", "\u00ac\u00ed\u0000\u0005sr"}) {
            assertThatThrownBy(() -> PartitionRequest.parse(body.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a partition request");
        }
    }

    @Test
    void durations() {
        assertThat(RemoteSettings.duration("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(RemoteSettings.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(RemoteSettings.duration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(RemoteSettings.duration(" 2H ")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> RemoteSettings.duration("forever")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBrokerIsShownWithoutItsPassword() {
        assertThat(RemoteSettings.shown("amqp://aob:s3cret@mq.example.org:5672/prod"))
                .isEqualTo("amqp://mq.example.org:5672/prod").doesNotContain("s3cret");
        assertThat(RemoteSettings.shown("amqps://aob:s3cret@mq.example.org")).isEqualTo("amqps://mq.example.org/");
    }

    @Test
    void aFailedPartitionIsToldByItsRootCause() {
        String trace = "org.springframework.batch.core.step.FatalStepExecutionException: Unable to process chunk\n"
                + "\tat org.springframework.batch.core.step.item.ChunkOrientedStep.doExecute(ChunkOrientedStep.java:1)\n"
                + "Caused by: java.lang.IllegalStateException: injected failure after 600 claims\n"
                + "\tat com.aobsettlement.support.FaultInjection.afterWrite(FaultInjection.java:2)\n";
        assertThat(RemotePartitionHandler.rootCause(trace)).isEqualTo("injected failure after 600 claims");
        assertThat(RemotePartitionHandler.rootCause("worker pid 7 on vm died while running settleClaimsWorker:partition0"))
                .isEqualTo("worker pid 7 on vm died while running settleClaimsWorker:partition0");
    }
}
