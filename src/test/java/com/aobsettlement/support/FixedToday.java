package com.aobsettlement.support;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A test aid, registered only on the test classpath and inert unless set: {@code aob.test.today=YYYY-MM-DD}
 * stops the business clock at the start of that date in the business zone, so that a scenario can settle
 * dates after the machine's today (settle refuses a date in the future).
 */
@AutoConfiguration
public class FixedToday {

    @Bean
    static BeanPostProcessor fixedBusinessClock(Environment env) {
        String today = env.getProperty("aob.test.today", "");
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (today.isEmpty() || !beanName.equals("businessClock") || !(bean instanceof Clock clock)) {
                    return bean;
                }
                return Clock.fixed(LocalDate.parse(today).atStartOfDay(clock.getZone()).toInstant(), clock.getZone());
            }
        };
    }
}
