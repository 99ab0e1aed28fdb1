package org.portico.demo.internal;

/**
 * A part of the demo organisation that a module adds after the people, articles and cases
 * exist (orders, statements…). Runs inside the demo's single transaction; order them with
 * {@link org.springframework.core.annotation.Order}.
 */
interface DemoContribution {

    void load(DemoContext demo);
}
