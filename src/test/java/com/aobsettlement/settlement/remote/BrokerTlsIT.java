package com.aobsettlement.settlement.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aobsettlement.support.TestCertificates;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * amqps:// to the broker verifies the broker: the operator's CA (AOB_AMQP_CA) and the host name. The
 * shared RabbitMQ speaks plain AMQP only, so a TLS front (socat, with certificates made by openssl,
 * {@link TestCertificates}) stands before it, as a TLS listener or a load balancer would.
 */
class BrokerTlsIT {
    private static Path dir;
    private static Path ca;
    private static Path otherCa;
    private static Process front;
    private static Process otherFront;
    private static int port;
    private static int otherPort;

    @BeforeAll
    static void startTlsFronts() throws Exception {
        dir = Files.createTempDirectory("aob-broker-tls");
        TestCertificates certificates = TestCertificates.authority(dir, "AOB broker CA");
        ca = certificates.ca();
        otherCa = certificates.anotherCa();
        TestCertificates.Issued server = certificates.signed("server", "localhost", "DNS:localhost", "IP:127.0.0.1");
        TestCertificates.Issued elsewhere = certificates.signed("elsewhere", "mq.elsewhere.test", "DNS:mq.elsewhere.test");
        port = freePort();
        otherPort = freePort();
        front = socat(port, "server", server);
        otherFront = socat(otherPort, "elsewhere", elsewhere);
    }

    @AfterAll
    static void stop() throws IOException {
        for (Process p : new Process[] {front, otherFront}) {
            if (p != null) {
                p.destroy();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void theOperatorsCaAndTheHostNameLetTheBrokerIn() {
        String queue = "aob.test.tls." + UUID.randomUUID();
        AmqpBroker broker = new AmqpBroker(new RemoteSettings("remote", "amqps://guest:guest@localhost:" + port + "/", queue,
                "1m", "1s", ca.toString(), 1));
        try {
            assertThat(broker.declareQueues()).isZero();
            RabbitAdmin admin = new RabbitAdmin(broker.connectionFactory());
            assertThat(admin.getQueueInfo(queue)).isNotNull();
            admin.deleteQueue(queue);
            admin.deleteQueue(queue + ".dead");
        } finally {
            broker.destroy();
        }
    }

    @Test
    void aCertificateFromAnotherCaIsRefused() {
        AmqpBroker broker = broker("amqps://guest:guest@localhost:" + port + "/", otherCa);
        try {
            assertThatThrownBy(broker::declareQueues).hasStackTraceContaining("PKIX path building failed");
        } finally {
            broker.destroy();
        }
    }

    @Test
    void withoutTheCaTheJvmsPublicCasDoNotTrustIt() {
        AmqpBroker broker = broker("amqps://guest:guest@localhost:" + port + "/", null);
        try {
            assertThatThrownBy(broker::declareQueues).hasStackTraceContaining("PKIX path building failed");
        } finally {
            broker.destroy();
        }
    }

    @Test
    void aCertificateForAnotherHostIsRefused() {
        AmqpBroker broker = broker("amqps://guest:guest@localhost:" + otherPort + "/", ca);
        try {
            assertThatThrownBy(broker::declareQueues).hasStackTraceContaining("No subject alternative DNS name matching localhost");
        } finally {
            broker.destroy();
        }
    }

    private static AmqpBroker broker(String url, Path ca) {
        return new AmqpBroker(new RemoteSettings("remote", url, "aob.test.tls." + UUID.randomUUID(), "1m", "1s", ca == null ? "" : ca.toString(), 1));
    }

    private static Process socat(int listen, String name, TestCertificates.Issued cert) throws Exception {
        Process p = new ProcessBuilder("socat", "OPENSSL-LISTEN:" + listen + ",bind=127.0.0.1,reuseaddr,fork,verify=0,cert="
                + cert.certificate() + ",key=" + cert.key(), "TCP:127.0.0.1:5672")
                .redirectErrorStream(true).redirectOutput(dir.resolve("socat-" + name + ".log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", listen)) {
                return p;
            } catch (IOException e) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("socat ended: " + Files.readString(dir.resolve("socat-" + name + ".log")));
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("socat did not listen on " + listen);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
