package com.aobsettlement.era;

/**
 * The one 835 version taken: 005010X221A1 (GS08). A 4010 file (004010X091A1) differs in meaning,
 * not only in form (e.g. its CLP and PLB usage and the missing 5010 errata), so it is refused, not
 * guessed at.
 */
public final class EraVersion {
    public static final String SUPPORTED = "005010X221A1";

    private EraVersion() {
    }

    /**
     * Null when GS08 is the supported version, else the reason to refuse it, naming the version found
     * and the one taken; {@code gs08} null when only the ISA was read.
     */
    public static String problem(String gs08, String isa12) {
        if (SUPPORTED.equals(gs08)) {
            return null;
        }
        String isa = EraFileHead.visible(isa12);
        String found = gs08 == null ? "ISA12 is '" + isa + "'" : "GS08 is '" + EraFileHead.visible(gs08) + "' (ISA12 '" + isa + "')";
        boolean v4010 = gs08 != null && gs08.startsWith("004010")
                || "00401".equals(isa12) && (gs08 == null || !gs08.startsWith("005010"));
        return "unsupported version: " + found + (v4010 ? ", a 4010 835" : "") + "; only " + SUPPORTED + " is taken";
    }
}
