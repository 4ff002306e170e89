package com.aobsettlement;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring context of the jobs; {@link com.aobsettlement.cli.AobSettlementCli} starts it per command. */
@SpringBootApplication
public class AobSettlementApplication {

    /** Now in the business zone (AOB_ZONE): what "today" is for the dates the jobs are given. */
    @Bean
    Clock businessClock(AobSettings settings) {
        return Clock.system(settings.zone());
    }
}
