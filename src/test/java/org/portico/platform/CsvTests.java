package org.portico.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void leavesOrdinaryTextAsItIs() {
        assertThat(Csv.cell("Refund 2024")).isEqualTo("Refund 2024");
        assertThat(Csv.cell("退款")).isEqualTo("退款");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void startsWithAByteOrderMarkAndEndsRowsWithCrLf() {
        byte[] bytes = new Csv().row(List.of("a", "b")).row(Arrays.asList("c", null)).bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\nc,\r\n");
    }
}
