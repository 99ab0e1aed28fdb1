package org.portico.knowledge.internal;

import java.time.Clock;
import java.time.Duration;

import org.portico.platform.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one node of the cluster (the {@code knowledge-schedule} {@link JobLease}):
 * publishes the versions whose publishing time has come, and turns the suggestions opened more
 * than 30 minutes ago on forms that were never sent into potential deflections, and forgets
 * the readers of earlier days ({@link ArticleViews}). Each version and each journey is also
 * claimed by a guarded update, so even two rounds at once cannot do anything twice.
 */
@Component
@ConditionalOnProperty(name = "portico.command-mode", havingValue = "false", matchIfMissing = true)
class ScheduledPublishing {

    static final String LEASE = "knowledge-schedule";
    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);
    private static final Duration LEASE_LENGTH = Duration.ofMinutes(5);

    private final JobLease lease;
    private final ArticleVersions versions;
    private final KnowledgeEditor editor;
    private final DeflectionJourneys journeys;
    private final ArticleViews views;
    private final Clock clock;

    ScheduledPublishing(JobLease lease, ArticleVersions versions, KnowledgeEditor editor,
            DeflectionJourneys journeys, ArticleViews views, Clock clock) {
        this.lease = lease;
        this.versions = versions;
        this.editor = editor;
        this.journeys = journeys;
        this.views = views;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portico.knowledge.schedule-poll:60s}", initialDelay = 10_000)
    void run() {
        lease.runAlone(LEASE, LEASE_LENGTH, () -> {
            runRound();
            return true;
        });
    }

    /** One round: what is due now. Returns how many versions it published. */
    int runRound() {
        int published = 0;
        for (ArticleVersions.Version due : versions.due(clock.instant())) {
            try {
                published += editor.publishVersion(due) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Scheduled version {} of article {} not published: {}", due.number(),
                        due.articleId(), e.getMessage());
            }
        }
        journeys.markAbandoned(clock.instant());
        views.forgetOld();
        return published;
    }
}
