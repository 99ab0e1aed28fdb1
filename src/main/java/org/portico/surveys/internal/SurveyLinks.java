package org.portico.surveys.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.portico.platform.PorticoProperties;

/**
 * What the survey mails and tables share: the address links start with, the mail's language
 * and times kept in UTC.
 */
final class SurveyLinks {

    private SurveyLinks() {
    }

    /** The public address, or the development one when a job sends outside a request. */
    static String baseUrl(PorticoProperties properties) {
        try {
            return properties.publicBaseUrl();
        } catch (IllegalStateException noRequest) {
            return "http://localhost:8080";
        }
    }

    static Locale locale(String tag) {
        return Locale.forLanguageTag(tag == null ? "en" : tag);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
