package org.portico.platform;

import java.util.regex.Pattern;

/**
 * Text typed by people (a case subject, a name) can carry the Unicode controls that embed,
 * override or isolate a direction (U+202A–U+202E, U+2066–U+2069). Left unbalanced, a
 * right-to-left override turns the rest of its line around, so that a subject line reads
 * as something else. Pages isolate such text ({@code dir="auto"}, {@code <bdi>}); plain-text
 * places that cannot, such as mail subjects, drop the controls with {@link #strip}. The
 * direction marks (U+200E, U+200F, U+061C) affect no text beyond themselves and stay.
 */
public final class BidiControls {

    private static final Pattern CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private BidiControls() {
    }

    /** The text without embedding, override and isolate controls; {@code null} stays null. */
    public static String strip(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }
}
