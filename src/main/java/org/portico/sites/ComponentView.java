package org.portico.sites;

import java.util.Map;

/**
 * A Thymeleaf fragment with its model: {@code template :: fragment(m)}.
 */
public record ComponentView(String template, String fragment, Map<String, Object> model) {
}
