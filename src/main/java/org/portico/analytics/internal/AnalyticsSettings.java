package org.portico.analytics.internal;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The scorecard's settings: the time zone every figure is counted in and what makes a spike.
 */
@Component
class AnalyticsSettings {

    private final DayBuckets buckets;
    private final int spikeMinimum;

    AnalyticsSettings(@Value("${portico.analytics.zone:Europe/London}") String zone,
            @Value("${portico.analytics.spike-minimum:10}") int spikeMinimum) {
        this.buckets = new DayBuckets(ZoneId.of(zone));
        this.spikeMinimum = spikeMinimum;
    }

    DayBuckets buckets() {
        return buckets;
    }

    ZoneId zone() {
        return buckets.zone();
    }

    int spikeMinimum() {
        return spikeMinimum;
    }
}
