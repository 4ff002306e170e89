package com.aobsettlement.era;

/** An 835 file or transaction that does not parse or map; the message names the segment position (DOMAIN.md §5.1). */
public class EraSyntaxException extends RuntimeException {
    public EraSyntaxException(String message) {
        super(message);
    }
}
