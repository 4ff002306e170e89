package com.aobsettlement.settlement.remote;

import java.util.List;
import java.util.Map;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The RabbitMQ connection of the manager and of the workers, made on first use only: the other commands
 * never connect to a broker (Boot's own RabbitMQ auto-configuration is excluded in application.properties).
 * The request queue is durable, its messages persistent and published with confirms, so that a broker
 * restart loses none; a request a worker rejects goes to the dead-letter queue {@code QUEUE.dead}, never
 * back to the queue.
 */
@Component
public class AmqpBroker implements DisposableBean {
    private static final long CONFIRM_TIMEOUT_MS = 30_000;

    private final RemoteSettings settings;
    private CachingConnectionFactory connectionFactory;

    public AmqpBroker(RemoteSettings settings) {
        this.settings = settings;
    }

    public synchronized CachingConnectionFactory connectionFactory() {
        if (connectionFactory == null) {
            com.rabbitmq.client.ConnectionFactory rabbit = new com.rabbitmq.client.ConnectionFactory();
            try {
                // amqp://host:5672/ means the default virtual host "/" to operators (and to the example);
                // the AMQP URI spec reads the empty path after the slash as the virtual host ""
                String url = settings.amqpUrl();
                java.net.URI uri = java.net.URI.create(url);
                rabbit.setUri("/".equals(uri.getRawPath()) && uri.getRawQuery() == null ? url.substring(0, url.length() - 1) : url);
                if ("amqps".equalsIgnoreCase(uri.getScheme())) {
                    rabbit.useSslProtocol(BrokerTls.context(settings.amqpCa()));
                    rabbit.enableHostnameVerification();
                }
            } catch (Exception e) {
                throw new IllegalArgumentException("AOB_AMQP_URL " + settings.brokerShown() + " is not usable: " + e.getMessage());
            }
            rabbit.setAutomaticRecoveryEnabled(false); // Spring AMQP recovers the connection itself
            connectionFactory = new CachingConnectionFactory(rabbit);
            connectionFactory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.SIMPLE);
            connectionFactory.setConnectionNameStrategy(f -> "aob-settlement pid " + ProcessHandle.current().pid());
        }
        return connectionFactory;
    }

    /** Declares the request queue and its dead-letter queue (idempotent); returns how many workers consume it. */
    public int declareQueues() {
        RabbitAdmin admin = new RabbitAdmin(connectionFactory());
        String queue = settings.queue();
        admin.declareQueue(new Queue(queue + ".dead", true, false, false));
        admin.declareQueue(new Queue(queue, true, false, false,
                Map.of("x-dead-letter-exchange", "", "x-dead-letter-routing-key", queue + ".dead")));
        QueueInformation info = admin.getQueueInfo(queue);
        return info == null ? 0 : info.getConsumerCount();
    }

    /** Sends the requests and waits until the broker has confirmed that it holds them all. */
    public void send(List<PartitionRequest> requests) {
        RabbitTemplate template = new RabbitTemplate(connectionFactory());
        template.invoke(ops -> {
            for (PartitionRequest request : requests) {
                Message message = MessageBuilder.withBody(request.toJson()).setContentType("application/json")
                        .setDeliveryMode(MessageDeliveryMode.PERSISTENT).build();
                ops.send("", settings.queue(), message);
            }
            ops.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MS);
            return null;
        });
    }

    @Override
    public synchronized void destroy() {
        if (connectionFactory != null) {
            connectionFactory.destroy();
            connectionFactory = null;
        }
    }
}
