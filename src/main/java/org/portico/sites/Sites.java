package org.portico.sites;

import java.sql.ResultSet;
import java.sql.SQLException;
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
        return jdbc.sql(COLUMNS + " WHERE slug = ?").param(slug).query(Sites::site).optional();
    }

    public SiteView get(String slug) {
        return find(slug).orElseThrow(() -> new NotFoundException("site " + slug));
    }

    public List<SiteView> all() {
        return jdbc.sql(COLUMNS + " ORDER BY id").query(Sites::site).list();
    }

    /**
     * A site from the columns above, by position: mapping a record by its component names
     * first asks the driver for a column called {@code nameEn}, whose absence costs an
     * exception on every page.
     */
    private static SiteView site(ResultSet rs, int row) throws SQLException {
        return new SiteView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
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
