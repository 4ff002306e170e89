package com.aobsettlement.domain;

/**
 * The A/R aging buckets of month end (DOMAIN.md §8 step 4, §10 aging.csv): days since submission
 * at month end, 0–30, 31–60, 61–90, 91–120, over 120. Both edges of a bucket belong to it.
 */
public enum AgingBucket {
    DAYS_0_30("0–30", 30), DAYS_31_60("31–60", 60), DAYS_61_90("61–90", 90), DAYS_91_120("91–120", 120),
    DAYS_OVER_120("over 120", Long.MAX_VALUE);

    private final String label;
    private final long lastDay;

    AgingBucket(String label, long lastDay) {
        this.label = label;
        this.lastDay = lastDay;
    }

    /** The bucket of an age in days; a negative age (submitted after month end) counts as 0. */
    public static AgingBucket of(long days) {
        for (AgingBucket bucket : values()) {
            if (days <= bucket.lastDay) {
                return bucket;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public String label() {
        return label;
    }

    /** The aging.csv column name. */
    public String column() {
        return name().toLowerCase();
    }
}
