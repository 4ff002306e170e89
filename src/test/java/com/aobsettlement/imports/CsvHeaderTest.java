package com.aobsettlement.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aobsettlement.batch.InputFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wrong-header message echoes what the file holds: never a raw control byte on the user's terminal. */
class CsvHeaderTest {

    @Test
    void aUtf16HeaderIsShownEscaped_withWhatToDo(@TempDir Path work) throws Exception {
        Path file = work.resolve("providers.csv");
        Files.write(file, ("\uFEFF" + "npi,name,fee_pct,payment_route\n").getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> CsvHeader.check(file, Columns.PROVIDERS)).isInstanceOf(InputFileException.class)
                .hasMessage("providers.csv has the wrong header: found '\uFFFD\uFFFDn\\x00p\\x00i,n\\x00a\\x00m\\x00e,"
                        + "f\\x00e\\x00e\\x00_\\x00p\\x00c\\x00t,p\\x00a\\x00y\\x00m\\x00e\\x00n\\x00t\\x00_\\x00r\\x00o"
                        + "\\x00u\\x00t\\x00e' (the file looks like UTF-16: save it as UTF-8).\n"
                        + "Expected exactly: npi,name,fee_pct,payment_route");
    }

    @Test
    void controlCharactersInAHeaderAreShownEscaped(@TempDir Path work) throws Exception {
        Path file = work.resolve("providers.csv");
        Files.writeString(file, "n\u0000pi,name\u001b[31m,fee_pct,payment_route\u007f\n");
        assertThatThrownBy(() -> CsvHeader.check(file, Columns.PROVIDERS))
                .hasMessage("providers.csv has the wrong header: found 'n\\x00pi,name\\x1b[31m,fee_pct,payment_route\\x7f'.\n"
                        + "Expected exactly: npi,name,fee_pct,payment_route")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0000").doesNotContain("\u001b"));
    }
}
