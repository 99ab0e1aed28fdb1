package org.portico.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MacroTextTests {

    @Test
    void fillsEveryKnownPlaceholderAndKeepsUnknownOnes() {
        String filled = MacroText.fill("Hi {first_name} ({customer_name}), case {case_number}"
                + " — {agent_name} {mood} $1", MacroText.values("Rosa Diaz", "00010042", "Ada"));

        assertThat(filled)
                .isEqualTo("Hi Rosa (Rosa Diaz), case 00010042 — Ada {mood} $1");
    }

    @Test
    void keepsANameWithoutSpacesWhole() {
        assertThat(MacroText.fill("{first_name}，您好", MacroText.values("王芳", "1", "A")))
                .isEqualTo("王芳，您好");
    }
}
