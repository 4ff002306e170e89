package com.aobsettlement.settlement.remote;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the manager sends a worker for one partition, as a small JSON object (no Java serialization:
 * a worker never deserializes classes named by a message): the job execution, the partition's step
 * execution and the worker step's bean name.
 */
public record PartitionRequest(long jobExecutionId, long stepExecutionId, String stepName) {
    private static final Pattern JSON = Pattern.compile(
            "\\{\"jobExecutionId\":(\\d{1,18}),\"stepExecutionId\":(\\d{1,18}),\"stepName\":\"([A-Za-z0-9_]{1,100})\"}");

    public byte[] toJson() {
        return ("{\"jobExecutionId\":" + jobExecutionId + ",\"stepExecutionId\":" + stepExecutionId + ",\"stepName\":\""
                + stepName + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** The request in a message body; refuses anything else (such a message is dead-lettered, never retried). */
    public static PartitionRequest parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).trim();
        Matcher m = JSON.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a partition request: " + (text.length() > 80 ? text.substring(0, 80) + "…" : text));
        }
        return new PartitionRequest(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3));
    }
}
