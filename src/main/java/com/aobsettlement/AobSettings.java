package com.aobsettlement;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The operator's settings (README "Configuration"). */
@Component
public class AobSettings {
    private final Path reportsDir;
    private final ZoneId zone;
    private final int settlementChunkSize;
    private final int importChunkSize;
    private final int partitions;
    private final Path quarantineDir;

    public AobSettings(@Value("${aob.reports-dir}") String reportsDir, @Value("${aob.zone}") String zone,
                       @Value("${aob.settlement.chunk-size}") int settlementChunkSize,
                       @Value("${aob.import.chunk-size}") int importChunkSize,
                       @Value("${aob.quarantine-dir:./quarantine}") String quarantineDir,
                       @Value("${aob.settlement.partitions}") int partitions) {
        this.reportsDir = Path.of(reportsDir).toAbsolutePath().normalize();
        this.zone = ZoneId.of(zone);
        this.settlementChunkSize = settlementChunkSize;
        this.importChunkSize = importChunkSize;
        this.partitions = partitions;
        this.quarantineDir = Path.of(quarantineDir).toAbsolutePath().normalize();
    }

    public Path reportsDir() {
        return reportsDir;
    }

    public ZoneId zone() {
        return zone;
    }

    public int settlementChunkSize() {
        return settlementChunkSize;
    }

    /** Partitions of the settlement step, each a thread with a database connection. */
    public int partitions() {
        return partitions;
    }

    public int importChunkSize() {
        return importChunkSize;
    }

    /** Where `import era` keeps the original bytes of what it quarantined (README "Importing 835 files"). */
    public Path quarantineDir() {
        return quarantineDir;
    }
}
