package org.portico.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BidiControlsTests {

    @Test
    void dropsOverridesEmbeddingsAndIsolatesButKeepsTheText() {
        assertThat(BidiControls.strip("Invoice \u202Efdp.exe\u202C \u2067x\u2069 \u202Ay"))
                .isEqualTo("Invoice fdp.exe x y");
    }

    @Test
    void keepsRightToLeftTextAndDirectionMarks() {
        String marked = "مرحبا \u200F1 \u200Eok";

        assertThat(BidiControls.strip(marked)).isEqualTo(marked);
    }
}
