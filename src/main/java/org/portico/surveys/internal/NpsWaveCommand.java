package org.portico.surveys.internal;

import java.util.Optional;

import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.stereotype.Component;

/**
 * {@code surveys nps-wave [--limit=N]}: sends an NPS wave now (for a test or a demo), to the
 * contacts due under the interval rule, at most N of them (default: the wave size).
 */
@Component
class NpsWaveCommand implements PorticoCommand {

    private final NpsWave wave;

    NpsWaveCommand(NpsWave wave) {
        this.wave = wave;
    }

    @Override
    public String name() {
        return "surveys nps-wave";
    }

    @Override
    public int run(CommandArguments arguments) {
        int limit = arguments.option("limit").map(Integer::parseInt).orElse(wave.waveSize());
        Optional<Integer> sent = wave.send(limit);
        if (sent.isEmpty()) {
            System.out.println("surveys nps-wave: another node is sending a wave; try later");
            return 1;
        }
        System.out.println("surveys nps-wave: " + sent.get() + " contacts asked");
        return 0;
    }
}
