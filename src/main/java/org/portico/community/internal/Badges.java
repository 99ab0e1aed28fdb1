package org.portico.community.internal;

/**
 * The milestones a member earns a badge for; names in the bundle under
 * {@code community.badge.<key>}.
 */
final class Badges {

    static final String FIRST_QUESTION = "first-question";
    static final String FIRST_ANSWER = "first-answer";
    static final String ACCEPTED_ANSWER = "accepted-answer";
    static final String TEN_ACCEPTED = "ten-accepted";
    static final String REPUTATION_50 = "reputation-50";
    static final String REPUTATION_200 = "reputation-200";

    private Badges() {
    }
}
