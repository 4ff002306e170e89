package com.aobsettlement.domain;

/**
 * Where a transaction sits in its file: the file's name and SHA-256, the transaction's ordinal in
 * the file (1-based), its control numbers (ISA13, GS06, ST02), the byte range of its ISA..GS header
 * and of its ST..SE, and the first segment's position: what a quarantine needs to write it out alone.
 */
public record EraEnvelope(String fileName, String sha256, int ordinal, String isa13, String gs06, String st02,
                          long headerStart, long headerEnd, long start, long end, int firstSegment) {

    public String controlRef() {
        return "ISA13 " + isa13 + " GS06 " + gs06 + " ST02 " + st02;
    }

    /** An exception's record_ref: the file and segment position (DOMAIN.md §10). */
    public String ref(int segment) {
        return fileName + ":segment " + segment;
    }
}
