package org.portico.sites;

import java.util.Locale;

/**
 * A customer site as pages and other modules see it.
 *
 * @param kind {@code INDIVIDUAL} (help site with community and chat) or {@code BUSINESS}
 *     (account portal)
 */
public record SiteView(long id, String slug, String kind, String nameEn, String nameZh,
        String taglineEn, String taglineZh, String primaryColor) {

    public boolean isBusiness() {
        return "BUSINESS".equals(kind);
    }

    public String name(Locale locale) {
        return isChinese(locale) ? nameZh : nameEn;
    }

    public String tagline(Locale locale) {
        return isChinese(locale) ? taglineZh : taglineEn;
    }

    private static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
