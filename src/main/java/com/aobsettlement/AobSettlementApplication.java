package com.aobsettlement;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring context of the jobs; {@link com.aobsettlement.cli.AobSettlementCli} starts it per command. */
@SpringBootApplication
public class AobSettlementApplication {
}
