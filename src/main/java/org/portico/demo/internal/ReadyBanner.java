package org.portico.demo.internal;

import org.portico.identity.Directory;
import org.portico.platform.PorticoProperties;
import org.portico.sites.SiteView;
import org.portico.sites.Sites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started Portico where to go: the site addresses, the console and, when the
 * demo organisation is present, its sign-ins.
 */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final Sites sites;
    private final Directory directory;
    private final PorticoProperties properties;

    ReadyBanner(Sites sites, Directory directory, PorticoProperties properties) {
        this.sites = sites;
        this.directory = directory;
        this.properties = properties;
    }

    @EventListener
    void announce(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment()
                .getProperty("local.server.port");
        if (port == null) {
            return;
        }
        String base = "http://localhost:" + port;
        StringBuilder text = new StringBuilder("Portico is ready (data in ")
                .append(properties.dataDir()).append(")\n");
        for (SiteView site : sites.all()) {
            text.append("  ").append(site.nameEn()).append(": ").append(base).append("/s/")
                    .append(site.slug()).append('\n');
        }
        text.append("  Service console: ").append(base).append("/console\n");
        text.append("  Dashboard: ").append(base).append("/console/dashboard\n");
        if (directory.userIdByEmail("agent@example.com").isPresent()) {
            text.append("  Demo sign-ins (password '").append(DemoOrganisation.PASSWORD)
                    .append("'): customer@, business-admin@, business-member@, agent@, ")
                    .append("supervisor@, author@, manager@, admin@, sales@ example.com");
        }
        log.info(text.toString());
    }
}
