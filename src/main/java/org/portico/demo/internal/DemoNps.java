package org.portico.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.portico.identity.CustomerSummary;
import org.portico.identity.Directory;
import org.portico.surveys.NpsAnswers;
import org.portico.surveys.NpsAnswers.PastNpsSurvey;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two years of quarterly NPS waves: each asks about half of the customers and contacts, four
 * in ten answer within a few days, and the scores drift a little upward after the deduction
 * video was published, so that the scorecard's NPS shows a trend.
 */
@Component
@Order(70)
class DemoNps implements DemoContribution {

    private static final int WAVES = 8;
    private static final int DAYS_BETWEEN_WAVES = 91;
    private static final int LAST_WAVE_DAYS_AGO = 30;

    private final Directory directory;
    private final NpsAnswers answers;

    DemoNps(Directory directory, NpsAnswers answers) {
        this.directory = directory;
        this.answers = answers;
    }

    @Override
    public void load(DemoContext context) {
        Random random = new Random(context.seed() + 9);
        List<CustomerSummary> contacts = directory.customers(0, Integer.MAX_VALUE);
        LocalDate video = DemoCaseHistory.videoPublished(context.today());
        List<PastNpsSurvey> surveys = new ArrayList<>();
        for (int wave = WAVES - 1; wave >= 0; wave--) {
            LocalDate day = context.today().minusDays(LAST_WAVE_DAYS_AGO
                    + (long) wave * DAYS_BETWEEN_WAVES);
            Instant sent = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
            for (CustomerSummary contact : contacts) {
                if (random.nextBoolean() && !contact.customerSince().isAfter(day)) {
                    surveys.add(survey(contact, sent, day.isAfter(video), random));
                }
            }
        }
        answers.importPast(surveys);
    }

    private static PastNpsSurvey survey(CustomerSummary contact, Instant sent,
            boolean afterVideo, Random random) {
        String site = "BUSINESS".equals(contact.accountKind()) ? "business" : "help";
        if (random.nextInt(10) >= 4) {
            return new PastNpsSurvey(site, contact.userId(), contact.accountId(), sent, null,
                    null);
        }
        Instant answered = sent.plusSeconds(3600L + random.nextInt(4 * 24 * 3600));
        return new PastNpsSurvey(site, contact.userId(), contact.accountId(), sent,
                score(afterVideo, random), answered);
    }

    /** About 45 % promoters, 30 % passives, 25 % detractors; a few more promoters later. */
    private static int score(boolean afterVideo, Random random) {
        int roll = random.nextInt(100) + (afterVideo ? 8 : 0);
        if (roll >= 55) {
            return 9 + random.nextInt(2);
        }
        if (roll >= 25) {
            return 7 + random.nextInt(2);
        }
        return random.nextInt(7);
    }
}
