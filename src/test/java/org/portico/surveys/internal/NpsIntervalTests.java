package org.portico.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class NpsIntervalTests {

    private static final Duration NINETY_DAYS = Duration.ofDays(90);
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void asksSomeoneNeverAskedBefore() {
        assertThat(NpsWave.due(null, NOW, NINETY_DAYS)).isTrue();
    }

    @Test
    void doesNotAskAgainWithinTheInterval() {
        assertThat(NpsWave.due(NOW.minus(Duration.ofDays(89)), NOW, NINETY_DAYS)).isFalse();
        assertThat(NpsWave.due(NOW.minus(NINETY_DAYS).plusSeconds(1), NOW, NINETY_DAYS))
                .isFalse();
    }

    @Test
    void asksAgainOnceTheWholeIntervalHasPassed() {
        assertThat(NpsWave.due(NOW.minus(NINETY_DAYS), NOW, NINETY_DAYS)).isTrue();
        assertThat(NpsWave.due(NOW.minus(Duration.ofDays(200)), NOW, NINETY_DAYS)).isTrue();
    }

    @Test
    void followsAConfiguredInterval() {
        Duration week = Duration.ofDays(7);
        assertThat(NpsWave.due(NOW.minus(Duration.ofDays(8)), NOW, week)).isTrue();
        assertThat(NpsWave.due(NOW.minus(Duration.ofDays(6)), NOW, week)).isFalse();
    }
}
