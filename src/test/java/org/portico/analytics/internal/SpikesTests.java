package org.portico.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpikesTests {

    @Test
    void flagsAWeekWellAboveTheEightBefore() {
        List<Long> weeks = List.of(10L, 12L, 11L, 9L, 10L, 12L, 11L, 10L, 30L, 12L);

        assertThat(Spikes.flag(weeks, 8, 10)).containsExactly(true, false);
    }

    @Test
    void ignoresSmallCountsAndOrdinaryVariation() {
        List<Long> quiet = List.of(0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 6L);
        List<Long> noisy = List.of(5L, 25L, 5L, 25L, 5L, 25L, 5L, 25L, 30L);

        assertThat(Spikes.isSpike(quiet, 8, 10)).isFalse();
        assertThat(Spikes.isSpike(noisy, 8, 10)).isFalse();
    }

    @Test
    void needsEightWeeksOfHistory() {
        assertThat(Spikes.isSpike(List.of(1L, 1L, 50L), 2, 10)).isFalse();
    }
}
