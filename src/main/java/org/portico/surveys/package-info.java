/**
 * Satisfaction surveys: one CSAT question (1 to 5 and a comment) after a case is solved,
 * asked on the site and by email, one answer per case. NPS belongs here later.
 */
package org.portico.surveys;
