package com.aobsettlement.web;

import com.aobsettlement.settlement.remote.AmqpBroker;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The broker in /actuator/health while the settle step's partitions run on remote workers
 * (AOB_PARTITIONING=remote): a settlement cannot complete without it. Boot's own RabbitMQ health is
 * excluded with its auto-configuration (no command but the manager and the workers connects to a
 * broker); this one uses the manager's connection and also tells how many workers listen.
 */
@Component("broker")
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "aob.partitioning", havingValue = "remote")
class BrokerHealth extends AbstractHealthIndicator {
    private final AmqpBroker broker;

    BrokerHealth(AmqpBroker broker) {
        super("the broker cannot be reached");
        this.broker = broker;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        int workers = broker.declareQueues();
        builder.up().withDetail("workers", workers);
    }
}
