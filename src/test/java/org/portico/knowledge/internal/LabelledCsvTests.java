package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class LabelledCsvTests {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        List<LabelledCsv.Row> rows = LabelledCsv.read(new StringReader(
                "category,text\r\nbills,\"Pay, now\"\ncards,\"Say \"\"hi\"\"\nthere\"\n\n"));

        assertThat(rows).containsExactly(new LabelledCsv.Row("Pay, now", "bills"),
                new LabelledCsv.Row("Say \"hi\"\nthere", "cards"));
    }

    @Test
    void refusesAFileWithoutTheTwoColumns() {
        assertThatThrownBy(() -> LabelledCsv.read(new StringReader("question,label\na,b\n")))
                .isInstanceOf(LabelledCsv.Invalid.class).hasMessageContaining("header");
        assertThatThrownBy(() -> LabelledCsv.read(new StringReader("")))
                .isInstanceOf(LabelledCsv.Invalid.class);
    }

    @Test
    void readsUtf8BytesWithAByteOrderMarkAndWindowsLineEnds() throws Exception {
        byte[] file = "\uFEFFtext,category\r\n\"Card, new\",card_arrival\r\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(LabelledCsv.read(new ByteArrayInputStream(file)))
                .containsExactly(new LabelledCsv.Row("Card, new", "card_arrival"));
    }

    @Test
    void refusesBytesThatAreNotUtf8WithAMessageNamingTheFile() {
        byte[] latin1 = "text,category\nmy card has not arriv\u00e9,card_arrival\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> LabelledCsv.read(new ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(LabelledCsv.Invalid.class, e -> {
                    LabelledCsv.Invalid named = e.in("queries.csv");
                    assertThat(named.messageKey())
                            .isEqualTo("knowledge.evaluation.error.encoding");
                    assertThat(named.arguments()).startsWith("queries.csv");
                });
    }

    @Test
    void ranksTheQuestionOfTheSameCategoryFirst() {
        List<LabelledCsv.Row> corpus = List.of(
                new LabelledCsv.Row("My card has not arrived yet", "card_arrival"),
                new LabelledCsv.Row("How do I top up by bank transfer?", "top_up"),
                new LabelledCsv.Row("The exchange rate looks wrong", "exchange_rate"));
        List<LabelledCsv.Row> queries = List.of(
                new LabelledCsv.Row("when will my card arrive", "card_arrival"),
                new LabelledCsv.Row("top up with a transfer", "top_up"));

        RelevanceEvaluation.Figures figures = RelevanceEvaluation.run(corpus, queries,
                QuestionRanker.Mix.LEXICAL);

        assertThat(figures.line()).isEqualTo("recall@1=1.000 recall@5=1.000 mrr=1.000 n=2");
    }
}
