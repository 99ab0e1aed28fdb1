package org.portico.analytics.internal;

import java.util.Locale;

import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.stereotype.Component;

/**
 * {@code analytics rebuild}: builds the case rollups again from every case and work session.
 */
@Component
class RebuildCommand implements PorticoCommand {

    private final RollupRebuild rebuild;

    RebuildCommand(RollupRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public String name() {
        return "analytics rebuild";
    }

    @Override
    public int run(CommandArguments arguments) {
        RollupRebuild.Outcome outcome = rebuild.rebuild();
        System.out.printf(Locale.ROOT, "analytics rebuild: %d cases, %d work sessions,"
                + " %d day rows in %.1f s%n", outcome.cases(), outcome.sessions(),
                outcome.dayRows(), outcome.millis() / 1000.0);
        return 0;
    }
}
