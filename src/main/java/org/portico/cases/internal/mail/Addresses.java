package org.portico.cases.internal.mail;

/**
 * Address headers made readable for a lenient parser: comments in parentheses go (RFC 5322
 * allows them almost anywhere) and the spaces that old mail puts around the dots and the
 * at sign of an address are closed up.
 */
final class Addresses {

    private Addresses() {
    }

    static String withoutComments(String value) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                if (depth == 0) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
                out.append(c);
            } else if (c == '(' && !quoted) {
                depth++;
            } else if (c == ')' && !quoted && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return closeUp(out.toString());
    }

    private static String closeUp(String value) {
        int open = value.indexOf('<');
        int close = value.indexOf('>', open + 1);
        if (open < 0 || close < 0) {
            return value.trim();
        }
        String address = value.substring(open + 1, close).replaceAll("\\s*([.@])\\s*", "$1");
        return (value.substring(0, open) + "<" + address.trim() + ">"
                + value.substring(close + 1)).trim();
    }
}
