/**
 * The community of a site: members ask questions and answer each other, vote, accept
 * answers, follow questions and topics; moderators keep it healthy; a question can become a
 * case. Pages under {@code /s/{site}/community}, staff views under {@code /console/community},
 * the API under {@code /api/v1/community}. Engagement is published as events in this package.
 *
 * <p>Known limits: search matches words in titles and bodies with SQL (no stemming, no
 * ranking beyond newest first); attached images are links to images elsewhere, not uploads.
 */
package org.portico.community;
