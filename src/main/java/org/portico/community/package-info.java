/**
 * The community of a site: members ask questions and answer each other, vote, accept
 * answers, follow questions and topics; moderators keep it healthy; a question can become a
 * case. Pages under {@code /s/{site}/community}, staff views under {@code /console/community},
 * the API under {@code /api/v1/community}. Engagement is published as events in this package.
 *
 * <p>Search runs on a Hibernate Search index of visible questions; answered questions are
 * offered beside articles through the knowledge module's {@code AnsweredQuestions} port.
 */
package org.portico.community;
