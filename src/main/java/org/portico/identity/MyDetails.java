package org.portico.identity;

import java.util.List;

/**
 * What signed-in customers keep themselves: the name others see, the language of their mail
 * and pages ({@code en} or {@code zh-CN}), and whether a change of their case's status is
 * mailed to them.
 */
public record MyDetails(String displayName, String language, boolean statusMail) {

    /** The languages a customer may choose. */
    public static final List<String> LANGUAGES = List.of("en", "zh-CN");

    /** The longest display name. */
    public static final int NAME_MAX = 120;
}
