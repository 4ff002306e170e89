package com.aobsettlement.cli;

import com.aobsettlement.imports.ImportKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReconcileCommandParserTest {
    @Test
    void parsesMonthAndOptions() {
        assertThat(CommandParser.parse(new String[] {"reconcile", "--month", "2026-11"}))
                .isEqualTo(new Command.Reconcile(YearMonth.of(2026, 11), false, false));
        assertThat(CommandParser.parse(new String[] {"reconcile", "--preview", "--month=2026-02", "--reopen"}))
                .isEqualTo(new Command.Reconcile(YearMonth.of(2026, 2), true, true));
        assertThat(CommandParser.parse(new String[] {"import", "deposits", "pom.xml"}))
                .isInstanceOf(Command.Import.class).extracting(c -> ((Command.Import) c).kind()).isEqualTo(ImportKind.DEPOSITS);
    }

    @Test
    void plainMessagesForMistakes() {
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"reconcile"})).isInstanceOf(UsageException.class)
                .hasMessage("reconcile needs the month. Expected: reconcile --month YYYY-MM [--reopen] [--preview]");
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"reconcile", "--month", "2026-13"}))
                .isInstanceOf(UsageException.class).hasMessage("'2026-13' is not a month. Give it as YYYY-MM, e.g. 2026-11.");
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"reconcile", "--month", "2026-11", "--close"}))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("Unexpected '--close'.");
    }
}
