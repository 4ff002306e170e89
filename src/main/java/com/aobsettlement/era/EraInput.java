package com.aobsettlement.era;

import com.aobsettlement.batch.FileDigest;
import com.aobsettlement.batch.InputFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One file of an `import era` run, with the SHA-256 of its content. */
public record EraInput(Path file, String sha256) {

    /** The files of an `import era` path: the file itself, or a folder's files (not hidden ones) in name order. */
    public static List<EraInput> of(Path path) {
        return files(path).stream().map(file -> new EraInput(file, FileDigest.of(file).sha256())).toList();
    }

    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            List<Path> files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new InputFileException("The folder " + path + " holds no files to import.");
            }
            return files;
        } catch (IOException e) {
            throw new InputFileException("Cannot read the folder " + path + ": " + e.getMessage());
        }
    }
}
