package org.portico.community.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portico.identity.PorticoUser;
import org.portico.knowledge.DeflectionSignals;
import org.springframework.stereotype.Component;

/**
 * The deflection signals of the ask form, recorded by the knowledge base exactly as those of
 * the case and pre-chat forms ({@link DeflectionSignals#COMMUNITY_FORM}): suggestions shown, a
 * suggestion opened, "this answered my question", and the question sent after all. The
 * knowledge base turns an opened suggestion followed by no question within 30 minutes into a
 * potential deflection, and counts all of them in its analytics and the scorecard's cases
 * avoided. Suggestions are named as the knowledge base names them: an article by its slug,
 * a community question as {@code question.<id>}. Only signed-in members use the form; a
 * member's journey is keyed by their id.
 */
@Component
class AskFormSignals {

    private static final String QUESTION_KEY = "question.";

    private final DeflectionSignals deflection;

    AskFormSignals(DeflectionSignals deflection) {
        this.deflection = deflection;
    }

    /** The key of a suggested community question. */
    static String questionKey(long id) {
        return QUESTION_KEY + id;
    }

    /**
     * The key of the suggestion at this address of the site ({@code /s/help/articles/slug} or
     * {@code /s/help/community/questions/12}); empty for any other address.
     */
    static Optional<String> keyOf(String site, String url) {
        Matcher found = Pattern.compile("/s/" + Pattern.quote(site)
                + "/(?:articles/([a-z0-9][a-z0-9-]{0,199})|community/questions/([0-9]{1,18}))")
                .matcher(url);
        if (!found.matches()) {
            return Optional.empty();
        }
        return Optional.of(found.group(1) != null ? found.group(1) : questionKey(
                Long.parseLong(found.group(2))));
    }

    void shown(String site, PorticoUser member, List<String> keys) {
        if (member != null && !keys.isEmpty()) {
            deflection.shown(site, DeflectionSignals.COMMUNITY_FORM, visitor(member), keys);
        }
    }

    void opened(String site, PorticoUser member, String key) {
        if (member != null) {
            deflection.opened(site, DeflectionSignals.COMMUNITY_FORM, visitor(member), key);
        }
    }

    void answered(String site, PorticoUser member, String key) {
        if (member != null) {
            deflection.confirmed(site, DeflectionSignals.COMMUNITY_FORM, visitor(member), key);
        }
    }

    void questionSent(String site, PorticoUser member) {
        deflection.formSent(site, DeflectionSignals.COMMUNITY_FORM, visitor(member));
    }

    private static String visitor(PorticoUser member) {
        return "member:" + member.id();
    }
}
