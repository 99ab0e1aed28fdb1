package org.portico.cases;

/**
 * Past cases were stored in bulk (see {@link CaseHistory}), numbered from {@code firstNumber}
 * to {@code lastNumber}; no other event is published for them.
 */
public record PastCasesImported(String firstNumber, String lastNumber, int count) {
}
