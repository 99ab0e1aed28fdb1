package org.portico.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class NpsArithmeticTests {

    @Test
    void subtractsTheShareOfDetractorsFromTheShareOfPromoters() {
        PeriodFigures.Nps nps = Scorecard.npsOf(20, 5, 3, 2);

        assertThat(nps.answers()).isEqualTo(10);
        assertThat(nps.score()).isCloseTo(30.0, within(1e-9));
        assertThat(nps.responseRate()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void rangesFromMinusHundredToHundred() {
        assertThat(Scorecard.npsOf(4, 4, 0, 0).score()).isEqualTo(100.0);
        assertThat(Scorecard.npsOf(4, 0, 0, 4).score()).isEqualTo(-100.0);
        assertThat(Scorecard.npsOf(4, 0, 4, 0).score()).isZero();
    }

    @Test
    void hasNoScoreWithoutAnswersAndNoRateWithoutSurveys() {
        assertThat(Scorecard.npsOf(12, 0, 0, 0)).isNull();
        assertThat(Scorecard.npsOf(0, 1, 0, 0).responseRate()).isNull();
    }

    @Test
    void countsNineAndTenAsPromotersSevenAndEightAsPassivesTheRestAsDetractors() {
        Tally.Pending pending = new Tally.Pending(Tally.NPS);
        List<Object> key = List.of("day", "help");
        for (int score = 0; score <= 10; score++) {
            Rollups.addNpsAnswer(pending, key, score);
        }

        assertThat(pending.rows().get(key)).containsExactly(0, 11, 2, 2, 7);
    }
}
