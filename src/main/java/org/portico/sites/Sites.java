package org.portico.sites;

import java.util.List;
import java.util.Optional;

import org.portico.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer sites of this installation, looked up by the slug in their address
 * ({@code /s/help}).
 */
@Service
public class Sites {

    private static final String COLUMNS = """
            SELECT id, slug, kind, name_en, name_zh, tagline_en, tagline_zh, primary_color
            FROM site""";

    private final JdbcClient jdbc;

    Sites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SiteView> find(String slug) {
        return jdbc.sql(COLUMNS + " WHERE slug = ?").param(slug).query(SiteView.class).optional();
    }

    public SiteView get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("site " + slug));
    }

    public List<SiteView> all() {
        return jdbc.sql(COLUMNS + " ORDER BY id").query(SiteView.class).list();
    }

    /** Renames and recolours a site (demo branding, later the site administration). */
    @Transactional
    public void brand(String slug, String nameEn, String nameZh, String taglineEn,
            String taglineZh, String primaryColor) {
        jdbc.sql("""
                UPDATE site SET name_en = ?, name_zh = ?, tagline_en = ?, tagline_zh = ?,
                                primary_color = ?
                WHERE slug = ?""")
                .params(nameEn, nameZh, taglineEn, taglineZh, primaryColor, slug)
                .update();
    }
}
