package org.portico.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void derivesStableSlugsFromPaths() {
        assertThat(Slugs.of("how-to/firefly-iii/features/piggy-banks.md"))
                .isEqualTo("how-to-firefly-iii-features-piggy-banks");
        assertThat(Slugs.of("how-to/index.md")).isEqualTo("how-to");
        assertThat(Slugs.of("index.md")).isEqualTo("index");
        assertThat(Slugs.of("Café Crème.md")).isEqualTo("cafe-creme");
    }

    @Test
    void namesTopicsReadably() {
        assertThat(Slugs.topic("how-to/firefly-iii/features"))
                .isEqualTo("How-to › Firefly III › Features");
        assertThat(Slugs.topic("references/faq")).isEqualTo("References › FAQ");
    }
}
