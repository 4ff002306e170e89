package com.aobsettlement.era;

import java.nio.file.Path;

/** One file of an `import era` run, with the SHA-256 of its content. */
public record EraInput(Path file, String sha256) {
}
