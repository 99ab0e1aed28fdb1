package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextDiffTests {

    @Test
    void keepsUnchangedLinesAndMarksAddedAndRemovedOnes() {
        List<TextDiff.Line> lines = TextDiff.lines("one\ntwo\nthree", "one\nthree\nfour");

        assertThat(lines).extracting(TextDiff.Line::kind).containsExactly(TextDiff.Kind.SAME,
                TextDiff.Kind.REMOVED, TextDiff.Kind.SAME, TextDiff.Kind.ADDED);
        assertThat(lines).extracting(TextDiff.Line::html)
                .containsExactly("one", "two", "three", "four");
    }

    @Test
    void showsAChangedLineWordByWord() {
        assertThat(TextDiff.words("Pay the bill today.", "Pay the invoice today."))
                .isEqualTo("Pay the <del>bill</del><ins>invoice</ins> today.");
        assertThat(TextDiff.lines("Pay the bill.", "Pay the bill now."))
                .singleElement().satisfies(line -> {
                    assertThat(line.kind()).isEqualTo(TextDiff.Kind.CHANGED);
                    assertThat(line.html()).isEqualTo("Pay the bill<ins> now</ins>.");
                });
    }

    @Test
    void escapesTheTextItShows() {
        assertThat(TextDiff.words("<b>", "<i>")).isEqualTo(
                "&lt;<del>b</del><ins>i</ins>&gt;");
        assertThat(TextDiff.lines("", "<script>")).singleElement()
                .extracting(TextDiff.Line::html).isEqualTo("&lt;script&gt;");
    }

    @Test
    void comparesChineseCharacterByCharacter() {
        assertThat(TextDiff.words("申请退款", "申请发票")).isEqualTo("申请<del>退款</del><ins>发票</ins>");
    }

    @Test
    void handlesEmptyAndIdenticalTexts() {
        assertThat(TextDiff.lines("", "")).isEmpty();
        assertThat(TextDiff.lines("same\ntext", "same\ntext"))
                .allMatch(line -> line.kind() == TextDiff.Kind.SAME);
        assertThat(TextDiff.lines("a", "")).extracting(TextDiff.Line::kind)
                .containsExactly(TextDiff.Kind.REMOVED);
    }
}
