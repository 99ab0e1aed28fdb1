package org.portico.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void neutralisesCellsThatASpreadsheetWouldRun() {
        assertThat(Csv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.cell("+44 20")).isEqualTo("'+44 20");
        assertThat(Csv.cell("-5")).isEqualTo("'-5");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void quotesSeparatorsAndQuotes() {
        assertThat(Csv.of(List.of("a", "b"), List.of(List.of("x,y", "say \"hi\""))))
                .isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n");
    }
}
