package com.aobsettlement.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A report names the columns a store selects for it; the store takes only its table's own. */
class SqlTest {

    @Test
    void selectsOnlyTheTablesColumns() {
        var known = Sql.names("id, claim_number,kind,  amount");
        assertThat(Sql.columns("disputes", known, List.of("kind", "claim_number"))).isEqualTo("kind, claim_number");
        assertThatThrownBy(() -> Sql.columns("disputes", known, List.of("kind", "1; DROP TABLE disputes")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("disputes has no column 1; DROP TABLE disputes");
    }
}
