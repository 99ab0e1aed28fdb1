package org.portico.console.internal;

import java.time.LocalDate;
import java.time.Period;

import org.portico.cases.PastCases;
import org.portico.identity.CustomerSummary;

/**
 * The customer beside a case: who they are, for how long they have been a customer and what
 * they asked about before.
 *
 * @param customer {@code null} when the requester is no longer in the directory
 */
record Glance(CustomerSummary customer, Period tenure, PastCases past) {

    static Glance of(CustomerSummary customer, PastCases past, LocalDate today) {
        Period tenure = customer == null || customer.customerSince() == null ? null
                : Period.between(customer.customerSince(), today);
        return new Glance(customer, tenure, past);
    }

    /** The most frequent earlier topic, or {@code null} without earlier cases. */
    public String mainTopic() {
        return past.mainTopic().orElse(null);
    }

    public long mainTopicCount() {
        return past.mainTopic().map(past::countAbout).orElse(0L);
    }
}
