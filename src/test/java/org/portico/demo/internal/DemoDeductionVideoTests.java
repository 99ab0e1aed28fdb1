package org.portico.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class DemoDeductionVideoTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final List<DemoCase> history = new DemoCaseHistory(DemoOrganisation.SEED, TODAY,
            new DemoPeople(DemoOrganisation.SEED, TODAY).people()).generate();

    @Test
    void publishesTheVideoFourWeeksBeforeTheLatestSettledDeadline() {
        assertThat(DemoCaseHistory.videoPublished(TODAY)).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(DemoCaseHistory.videoPublished(LocalDate.of(2026, 4, 1)))
                .isEqualTo(LocalDate.of(2025, 3, 18));
    }

    @Test
    void deductionCasesFallAfterTheVideoAndTheNextSpikeIsSmaller() {
        LocalDate video = DemoCaseHistory.videoPublished(TODAY);

        long fourWeeksBefore = deductions(video.minusWeeks(4), video.minusDays(1));
        long fourWeeksAfter = deductions(video, video.plusWeeks(4).minusDays(1));
        long season2025 = deductions(LocalDate.of(2025, Month.MARCH, 1),
                LocalDate.of(2025, Month.APRIL, 15));
        long season2026 = deductions(LocalDate.of(2026, Month.MARCH, 1),
                LocalDate.of(2026, Month.APRIL, 15));

        assertThat(fourWeeksAfter).isLessThan(fourWeeksBefore);
        assertThat(season2026).isLessThan(season2025 * 2 / 3);
    }

    private long deductions(LocalDate from, LocalDate to) {
        return history.stream()
                .filter(c -> c.topic().equals("deductions"))
                .map(c -> c.openedAt().atZone(ZoneOffset.UTC).toLocalDate())
                .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .count();
    }
}
