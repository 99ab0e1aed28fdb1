/**
 * Satisfaction surveys: one CSAT question (1 to 5 and a comment) after a case is solved,
 * asked on the site and by email, one answer per case; and NPS (0 to 10 and a comment) sent
 * to customer contacts in scheduled waves, no one more often than a set interval.
 */
package org.portico.surveys;
