package org.portico.messaging.internal.chat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Whether people answer chats at a moment: an open day, between opening and closing time in
 * the configured zone (closing before opening spans midnight).
 */
final class BusinessHours {

    private BusinessHours() {
    }

    static boolean isOpen(ChatProperties.Hours hours, Instant at) {
        ZonedDateTime local = at.atZone(hours.zone());
        if (!hours.days().contains(local.getDayOfWeek())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        if (hours.open().equals(hours.close())) {
            return true;
        }
        if (hours.open().isBefore(hours.close())) {
            return !time.isBefore(hours.open()) && time.isBefore(hours.close());
        }
        return !time.isBefore(hours.open()) || time.isBefore(hours.close());
    }
}
