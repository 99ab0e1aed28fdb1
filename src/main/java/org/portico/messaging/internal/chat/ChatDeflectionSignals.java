package org.portico.messaging.internal.chat;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portico.knowledge.ArticleSuggestion;
import org.portico.knowledge.DeflectionSignals;
import org.portico.messaging.ChatAnswerConfirmed;
import org.portico.sites.Sites;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The moments the chat learns whether an article spared a person's time. In the pre-chat form
 * they are the knowledge module's deflection journey (form {@code chat}): suggestions shown,
 * one opened, "this answered my question" (confirmed; no chat starts), the chat started after
 * all (nothing avoided); an opened suggestion without a chat within 30 minutes becomes a
 * potential deflection there. The widget has no web session on other origins, so the visitor
 * is known by the hash of their chat token (or, signed in, their user id). In a chat, the bot's
 * "Did this help?" answered yes is {@link ChatAnswerConfirmed}.
 */
@Component
class ChatDeflectionSignals {

    private static final Pattern ARTICLE = Pattern.compile("/s/([a-z0-9-]{1,40})/articles/"
            + "([A-Za-z0-9_-]{1,200})");
    private static final Pattern QUESTION = Pattern.compile("/s/([a-z0-9-]{1,40})/community/"
            + "questions/(\\d{1,18})");

    private final DeflectionSignals deflection;
    private final Sites sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatDeflectionSignals(DeflectionSignals deflection, Sites sites,
            ApplicationEventPublisher events, Clock clock) {
        this.deflection = deflection;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    /** Suggestions were shown in the pre-chat form. */
    void suggestionsShown(String site, ChatViewer viewer, List<ArticleSuggestion> shown) {
        List<String> slugs = shown.stream().map(s -> slug(site, s.url()))
                .flatMap(Optional::stream).toList();
        visitor(site, viewer).filter(v -> !slugs.isEmpty())
                .ifPresent(v -> deflection.shown(site, DeflectionSignals.PRE_CHAT_FORM, v, slugs));
    }

    /** The customer opened a suggested article from the pre-chat form. */
    void suggestionOpened(String site, ChatViewer viewer, String articleUrl) {
        slug(site, articleUrl).ifPresent(slug -> visitor(site, viewer).ifPresent(v ->
                deflection.opened(site, DeflectionSignals.PRE_CHAT_FORM, v, slug)));
    }

    /** "This answered my question" on a suggestion of the pre-chat form: no chat is needed. */
    void suggestionAnswered(String site, ChatViewer viewer, String articleUrl) {
        String slug = slug(site, articleUrl)
                .orElseThrow(() -> new ChatRefused("chat.refused.not-asked"));
        visitor(site, viewer).ifPresent(v ->
                deflection.confirmed(site, DeflectionSignals.PRE_CHAT_FORM, v, slug));
    }

    /** The visitor started a chat after all: the suggestions avoided nothing. */
    void chatStarted(String site, ChatViewer viewer) {
        visitor(site, viewer).ifPresent(v ->
                deflection.formSent(site, DeflectionSignals.PRE_CHAT_FORM, v));
    }

    /** The customer confirmed that an article offered in the chat answered the question. */
    void answerConfirmed(long chatId, String site, String articleUrl) {
        events.publishEvent(new ChatAnswerConfirmed(chatId, site, articleUrl, clock.instant()));
    }

    private Optional<String> visitor(String site, ChatViewer viewer) {
        if (site == null || sites.find(site).isEmpty()) {
            return Optional.empty();
        }
        if (viewer.hasToken()) {
            return Optional.of("chat:" + viewer.tokenHash());
        }
        return Optional.ofNullable(viewer.user()).map(user -> "chat-user:" + user.id());
    }

    /**
     * The suggestion's key, when the address is an article of this site (its slug) or an
     * answered community question of it ({@code question.<id>}, as the knowledge module keys it).
     */
    static Optional<String> slug(String site, String url) {
        String address = url == null ? "" : url;
        Matcher article = ARTICLE.matcher(address);
        if (article.matches()) {
            return Objects.equals(article.group(1), site)
                    ? Optional.of(article.group(2)) : Optional.empty();
        }
        Matcher question = QUESTION.matcher(address);
        return question.matches() && Objects.equals(question.group(1), site)
                ? Optional.of("question." + question.group(2)) : Optional.empty();
    }
}
