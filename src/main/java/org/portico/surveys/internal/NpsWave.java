package org.portico.surveys.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.portico.identity.CustomerSummary;
import org.portico.identity.Directory;
import org.portico.platform.JobLease;
import org.portico.sites.SiteView;
import org.portico.sites.Sites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the NPS question in waves: on a schedule ({@code portico.surveys.nps.cron}) or when an
 * administrator asks, to at most {@code portico.surveys.nps.wave-size} contacts who have not
 * been asked within {@code portico.surveys.nps.interval}. One node sends a wave: the
 * {@code nps-wave} {@link JobLease}, given back when the wave is done.
 */
@Component
class NpsWave {

    static final String LEASE = "nps-wave";

    private static final Logger log = LoggerFactory.getLogger(NpsWave.class);
    private static final int PAGE = 500;
    private static final Duration LONGEST_WAVE = Duration.ofHours(1);
    /** A wave stops this long before its lease runs out, so no other node overlaps it. */
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final NpsSurveys surveys;
    private final Directory directory;
    private final Sites sites;
    private final JobLease lease;
    private final Clock clock;
    private final Duration interval;
    private final int waveSize;

    NpsWave(NpsSurveys surveys, Directory directory, Sites sites, JobLease lease, Clock clock,
            @Value("${portico.surveys.nps.interval:90d}") Duration interval,
            @Value("${portico.surveys.nps.wave-size:500}") int waveSize) {
        this.surveys = surveys;
        this.directory = directory;
        this.sites = sites;
        this.lease = lease;
        this.clock = clock;
        this.interval = interval;
        this.waveSize = waveSize;
    }

    /** The daily wave; {@code portico.surveys.nps.cron=-} switches it off. */
    @Scheduled(cron = "${portico.surveys.nps.cron:0 0 10 * * *}")
    void scheduled() {
        send(waveSize);
    }

    /**
     * Sends a wave of at most {@code limit} surveys unless another node is sending one.
     *
     * @return how many contacts were asked, empty when another node holds the wave
     */
    Optional<Integer> send(int limit) {
        Instant stopAt = clock.instant().plus(LONGEST_WAVE).minus(MARGIN);
        Optional<Integer> sent = lease.runAlone(LEASE, LONGEST_WAVE,
                () -> askDue(limit, stopAt));
        if (sent.isEmpty()) {
            log.info("An NPS wave is being sent by another node");
        } else {
            log.info("NPS wave sent to {} contacts", sent.get());
        }
        return sent;
    }

    int waveSize() {
        return waveSize;
    }

    /**
     * Whether someone last asked at {@code lastAsked} ({@code null}: never) may be asked
     * again at {@code now}: only once the whole interval has passed.
     */
    static boolean due(Instant lastAsked, Instant now, Duration interval) {
        return lastAsked == null || !lastAsked.plus(interval).isAfter(now);
    }

    /**
     * Asks the due contacts, page by page, until {@code limit} are asked or {@code stopAt}
     * (before the lease lapses and another node could start a wave of its own); those left
     * are asked by the next wave.
     */
    private int askDue(int limit, Instant stopAt) {
        List<SiteView> all = sites.all();
        int sent = 0;
        long after = 0;
        List<CustomerSummary> page = directory.customers(after, PAGE);
        while (!page.isEmpty() && sent < limit && clock.instant().isBefore(stopAt)) {
            Map<Long, Instant> last = surveys.lastAsked(page.stream()
                    .map(CustomerSummary::userId).toList());
            Instant now = clock.instant();
            for (CustomerSummary contact : page) {
                Optional<SiteView> site = siteOf(contact, all);
                if (sent < limit && site.isPresent()
                        && due(last.get(contact.userId()), now, interval)) {
                    String token = surveys.record(contact, site.get());
                    surveys.mail(contact, site.get(), token);
                    sent++;
                }
            }
            after = page.get(page.size() - 1).userId();
            page = directory.customers(after, PAGE);
        }
        return sent;
    }

    /** A business contact answers on the business portal, anyone else on the help site. */
    private static Optional<SiteView> siteOf(CustomerSummary contact, List<SiteView> all) {
        boolean business = "BUSINESS".equals(contact.accountKind());
        return all.stream().filter(s -> s.isBusiness() == business).findFirst();
    }
}
