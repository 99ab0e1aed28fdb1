package org.portico.knowledge.internal;

import java.util.Locale;

import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.stereotype.Component;

/**
 * {@code knowledge vectors}: computes the sentence vectors that published articles lack (or
 * whose text changed since), as the server does in the background after it starts. Useful
 * before measuring a data folder filled in bulk, so that the server starts with every vector
 * in place; running it again when nothing is missing only reads the table.
 */
@Component
class KnowledgeVectorsCommand implements PorticoCommand {

    private final MeaningVectors vectors;

    KnowledgeVectorsCommand(MeaningVectors vectors) {
        this.vectors = vectors;
    }

    @Override
    public String name() {
        return "knowledge vectors";
    }

    @Override
    public int run(CommandArguments arguments) {
        long started = System.nanoTime();
        int filled = vectors.fillMissing();
        double took = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "knowledge vectors: %d articles embedded in %.1f s%s%n",
                filled, took, filled == 0 ? "" : String.format(Locale.ROOT,
                        " (%.0f articles/s)", filled / took));
        return 0;
    }
}
