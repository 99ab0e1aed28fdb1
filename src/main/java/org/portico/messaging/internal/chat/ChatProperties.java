package org.portico.messaging.internal.chat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code portico.chat.*} (documented in the README's settings table).
 *
 * @param maxLength longest message a customer or agent may send, in characters
 * @param rateLimit most messages one side of a chat may send within {@code rateWindow}
 * @param defaultMaxChats how many chats an agent takes at once until they change it
 * @param queues the queues (skills) a chat can be passed to; the first takes new chats
 * @param allowedOrigins per site, the other web pages that may embed the widget
 * @param relay the STOMP broker relay (RabbitMQ) used when several nodes run
 * @param hours the hours when people answer chats
 */
@ConfigurationProperties("portico.chat")
record ChatProperties(@DefaultValue("2000") int maxLength, @DefaultValue("20") int rateLimit,
        @DefaultValue("10s") Duration rateWindow, @DefaultValue("3") int defaultMaxChats,
        @DefaultValue({"general", "billing", "technical"}) List<String> queues,
        Map<String, List<String>> allowedOrigins, @DefaultValue Relay relay,
        @DefaultValue Hours hours) {

    ChatProperties {
        allowedOrigins = allowedOrigins == null ? Map.of() : allowedOrigins;
    }

    /** The other pages that may embed a site's widget. */
    List<String> originsOf(String site) {
        return allowedOrigins.getOrDefault(site, List.of());
    }

    /** Every configured origin, for the WebSocket handshake. */
    List<String> allOrigins() {
        return allowedOrigins.values().stream().flatMap(List::stream).distinct().toList();
    }

    /**
     * The broker relay.
     *
     * @param enabled false keeps messages in this process (one node)
     */
    record Relay(@DefaultValue("false") boolean enabled,
            @DefaultValue("127.0.0.1") String host, @DefaultValue("61613") int port,
            @DefaultValue("guest") String login, @DefaultValue("guest") String passcode,
            @DefaultValue("/") String virtualHost) {
    }

    /**
     * Business hours for chats with people; outside them the widget offers to leave a message.
     *
     * @param days the open days, for example {@code MONDAY,TUESDAY}
     * @param open opening time; {@code open} equal to {@code close} means all day
     * @param calendar the name of a service-level business calendar (its hours and holidays)
     *     to use instead of {@code days}, {@code open}, {@code close} and {@code zone}; empty
     *     for none
     */
    record Hours(@DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY"}) Set<DayOfWeek> days,
            @DefaultValue("00:00") LocalTime open, @DefaultValue("00:00") LocalTime close,
            @DefaultValue("UTC") ZoneId zone, @DefaultValue("") String calendar) {

        boolean onCalendar() {
            return calendar != null && !calendar.isBlank();
        }
    }
}
