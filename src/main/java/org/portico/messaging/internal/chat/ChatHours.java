package org.portico.messaging.internal.chat;

import java.time.Clock;
import java.time.Instant;

import org.portico.cases.BusinessCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether people answer chats now. With {@code portico.chat.hours.calendar} set, the chat keeps
 * the hours and holidays of that service-level calendar, so one table says when the company is
 * closed; otherwise the chat's own days and times ({@link BusinessHours}), which know no
 * holidays. A calendar name that does not exist falls back to the chat's own hours, with a
 * warning in the log.
 */
@Component
class ChatHours {

    private static final Logger log = LoggerFactory.getLogger(ChatHours.class);

    private final ChatProperties.Hours hours;
    private final BusinessCalendars calendars;
    private final Clock clock;

    ChatHours(ChatProperties properties, BusinessCalendars calendars, Clock clock) {
        this.hours = properties.hours();
        this.calendars = calendars;
        this.clock = clock;
    }

    boolean isOpenNow() {
        return isOpen(clock.instant());
    }

    boolean isOpen(Instant at) {
        if (hours.onCalendar()) {
            try {
                return calendars.isOpen(hours.calendar(), at);
            } catch (IllegalArgumentException e) {
                log.warn("portico.chat.hours.calendar names no business calendar: {}",
                        hours.calendar());
            }
        }
        return BusinessHours.isOpen(hours, at);
    }
}
