package org.portico.console.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of a reply macro. Unknown placeholders stay as written so that the
 * agent sees them before sending.
 */
final class MacroText {

    static final String FIRST_NAME = "first_name";
    static final String CUSTOMER_NAME = "customer_name";
    static final String CASE_NUMBER = "case_number";
    static final String AGENT_NAME = "agent_name";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private MacroText() {
    }

    static String fill(String body, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }

    static Map<String, String> values(String customerName, String caseNumber, String agentName) {
        String name = customerName == null ? "" : customerName.strip();
        return Map.of(FIRST_NAME, firstName(name), CUSTOMER_NAME, name,
                CASE_NUMBER, caseNumber, AGENT_NAME, agentName == null ? "" : agentName);
    }

    /** The first word of a Latin name; a name without spaces (such as 王芳) is kept whole. */
    static String firstName(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
