/**
 * The demo organisation: Tallybird, a maker of cloud accounting software, with its two sites,
 * staff, customers, help articles and two years of cases. Loaded into an empty installation
 * on first start unless {@code portico.demo=false}.
 */
package org.portico.demo;
