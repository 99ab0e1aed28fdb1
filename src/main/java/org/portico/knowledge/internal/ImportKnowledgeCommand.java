package org.portico.knowledge.internal;

import java.nio.file.Path;

import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.portico.sites.Sites;
import org.springframework.stereotype.Component;

/**
 * {@code import knowledge --site=help --dir=docs [--source=URL] [--license=NAME]}: imports a
 * folder of Markdown pages and prints one summary line. Search is rebuilt by the server.
 */
@Component
class ImportKnowledgeCommand implements PorticoCommand {

    private final KnowledgeImport knowledgeImport;
    private final Sites sites;

    ImportKnowledgeCommand(KnowledgeImport knowledgeImport, Sites sites) {
        this.knowledgeImport = knowledgeImport;
        this.sites = sites;
    }

    @Override
    public String name() {
        return "import knowledge";
    }

    @Override
    public int run(CommandArguments arguments) {
        String site = arguments.option("site").orElse(null);
        String dir = arguments.option("dir").orElse(null);
        if (site == null || dir == null || site.isBlank() || dir.isBlank()) {
            System.err.println("Usage: import knowledge --site=SLUG --dir=FOLDER"
                    + " [--source=URL] [--license=NAME]");
            return 2;
        }
        if (sites.find(site).isEmpty()) {
            System.err.println("Unknown site: " + site);
            return 1;
        }
        try {
            KnowledgeImport.Summary summary = knowledgeImport.importFolder(
                    new KnowledgeImport.Request(site, Path.of(dir),
                            arguments.option("source").orElse(null),
                            arguments.option("license").orElse(null)));
            summary.notes().forEach(note -> System.err.println("skipped: " + note));
            summary.failures().forEach(failure -> System.err.println("failed: " + failure));
            System.out.println(summary.line());
            return summary.failed() == 0 ? 0 : 1;
        } catch (ImportFailure e) {
            System.err.println("Cannot import: " + e.getMessage());
            return 1;
        }
    }
}
