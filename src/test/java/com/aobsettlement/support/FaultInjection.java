package com.aobsettlement.support;

import com.aobsettlement.era.EraImportJobConfiguration;
import com.aobsettlement.era.EraWork;
import com.aobsettlement.settlement.DailyReportListener;
import com.aobsettlement.settlement.SettlementJobConfiguration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The crash tests' one way into the jobs, registered only on the test classpath (an auto-configuration
 * of src/test/resources) and inert unless a test sets one of its properties:
 * <ul>
 *   <li>{@code aob.fault.fail-after-claims=N}: the settlement worker fails its chunk once N claims have been
 *       written in this process, after the chunk's SQL ran, so the chunk's transaction rolls back;</li>
 *   <li>{@code aob.fault.era-fail-after-transactions=N}: the same for `import era`, counted in transactions;</li>
 *   <li>{@code aob.test.pause-at=PHASE:N}: at the N-th passage of a phase ({@code read} (a settlement chunk's
 *       first read), {@code write} (inside the chunk's transaction, after its SQL), {@code between} (after a
 *       chunk's commit), {@code report} (after each daily file), {@code import-write}, {@code import-between})
 *       the process prints {@code @pause PHASE:N} on stderr and sleeps {@code aob.test.pause-ms}, so that a
 *       test can kill it exactly there.</li>
 * </ul>
 * It attaches listeners to the step beans as they are made (job-scoped import steps included).
 */
@AutoConfiguration
public class FaultInjection {

    @Bean
    static BeanPostProcessor faultInjectingSteps(Environment env) {
        Points points = new Points(env.getProperty("aob.test.pause-at", ""), env.getProperty("aob.test.pause-ms", Long.class, 30000L));
        long failAfterClaims = env.getProperty("aob.fault.fail-after-claims", Long.class, 0L);
        long failAfterTransactions = env.getProperty("aob.fault.era-fail-after-transactions", Long.class, 0L);
        AtomicLong claimsWritten = new AtomicLong();
        AtomicLong transactionsWritten = new AtomicLong();
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof ChunkOrientedStep step)) {
                    return bean;
                }
                String name = step.getName();
                if (name.equals(SettlementJobConfiguration.WORKER_STEP)) {
                    ThreadLocal<Boolean> reading = ThreadLocal.withInitial(() -> false);
                    step.registerItemReadListener(new ItemReadListener() {
                        @Override
                        public void beforeRead() {
                            if (!reading.get()) {
                                reading.set(true);
                                points.pass("read");
                            }
                        }
                    });
                    step.registerItemWriteListener(new ItemWriteListener() {
                        @Override
                        public void afterWrite(Chunk items) {
                            points.pass("write");
                            if (failAfterClaims > 0 && claimsWritten.addAndGet(items.size()) > failAfterClaims) {
                                throw new IllegalStateException("injected failure after " + failAfterClaims
                                        + " claims (aob.fault.fail-after-claims)");
                            }
                        }
                    });
                    step.registerChunkListener(new ChunkListener() {
                        @Override
                        public void afterChunk(Chunk chunk) {
                            reading.set(false);
                            points.passAfterCommit("between");
                        }

                        @Override
                        public void onChunkError(Exception exception, Chunk chunk) {
                            reading.set(false);
                        }
                    });
                } else if (name.equals(EraImportJobConfiguration.STEP_NAME)) {
                    step.registerItemWriteListener(new ItemWriteListener() {
                        @Override
                        public void afterWrite(Chunk items) {
                            for (Object work : items) {
                                if (work instanceof EraWork.TransactionDecided) {
                                    transactionsWritten.incrementAndGet();
                                }
                            }
                            if (failAfterTransactions > 0 && transactionsWritten.get() > failAfterTransactions) {
                                throw new IllegalStateException("injected failure after " + failAfterTransactions
                                        + " transactions (aob.fault.era-fail-after-transactions)");
                            }
                        }
                    });
                } else if (name.startsWith("import")) {
                    step.registerItemWriteListener(new ItemWriteListener() {
                        @Override
                        public void afterWrite(Chunk items) {
                            points.pass("import-write");
                        }
                    });
                    step.registerChunkListener(new ChunkListener() {
                        @Override
                        public void afterChunk(Chunk chunk) {
                            points.passAfterCommit("import-between");
                        }
                    });
                }
                return bean;
            }
        };
    }

    @Bean
    DailyReportListener pauseBetweenDailyReports(Environment env) {
        Points points = new Points(env.getProperty("aob.test.pause-at", ""), env.getProperty("aob.test.pause-ms", Long.class, 30000L));
        return () -> points.pass("report");
    }

    /** Counts the passages of each phase and pauses at the one asked for. */
    static final class Points {
        private final String pauseAt;
        private final long pauseMillis;
        private final Map<String, AtomicLong> passages = new ConcurrentHashMap<>();

        Points(String pauseAt, long pauseMillis) {
            this.pauseAt = pauseAt;
            this.pauseMillis = pauseMillis;
        }

        /** Passes once the current transaction has committed (at once when there is none). */
        void passAfterCommit(String phase) {
            if (pauseAt.isEmpty()) {
                return;
            }
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                pass(phase);
                return;
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pass(phase);
                }
            });
        }

        void pass(String phase) {
            if (pauseAt.isEmpty()) {
                return;
            }
            long n = passages.computeIfAbsent(phase, k -> new AtomicLong()).incrementAndGet();
            if (pauseAt.equals(phase + ":" + n)) {
                System.err.println("@pause " + phase + ":" + n);
                System.err.flush();
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
