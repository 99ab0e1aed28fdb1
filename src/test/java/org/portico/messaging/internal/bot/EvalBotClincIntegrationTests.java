package org.portico.messaging.internal.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portico.platform.CommandArguments;
import org.portico.support.PorticoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs {@code eval bot} with the application's sentence encoder on 15 of the 150 CLINC150
 * intents (CC BY 3.0) from the shared data folder beside the project, written out as CSV
 * files; skipped when that folder is absent.
 */
@PorticoIntegrationTest
class EvalBotClincIntegrationTests {

    private static final Pattern LINE = Pattern.compile(
            "in_scope_accuracy=(\\d\\.\\d{3}) oos_recall=(\\d\\.\\d{3}) n=(\\d+)\\n");

    @Autowired
    SentenceEncoder encoder;

    @Autowired
    BotSettings settings;

    @TempDir
    Path folder;

    @Test
    void recognisesASubsetOfClincIntentsAndHandsOverOutOfScopeQuestions() throws IOException {
        Optional<Path> data = Stream.of("../shared/data/clinc150/train_val.json",
                        "../../shared/data/clinc150/train_val.json")
                .map(Path::of).filter(Files::isRegularFile).findFirst();
        Assumptions.assumeTrue(data.isPresent(),
                "shared/data/clinc150 is not beside the project; bot evaluation skipped");
        List<LabelledText> training = IntentDataFiles.trainingSet(data.get(), data.get());
        Set<String> intents = training.stream().map(LabelledText::intent)
                .filter(intent -> !LabelledText.OUT_OF_SCOPE.equals(intent))
                .distinct().sorted().limit(15).collect(Collectors.toSet());
        Path train = csv("train.csv", subset(training, intents));
        Path test = csv("test.csv", subset(IntentDataFiles.testSet(data.get()), intents));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvalBotCommand command = new EvalBotCommand(encoder, settings.confidenceThreshold(),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        int status = command.run(CommandArguments.parse(
                List.of("--train=" + train, "--test=" + test)));

        assertThat(status).isZero();
        Matcher line = LINE.matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(line.matches()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
        assertThat(Double.parseDouble(line.group(1))).isGreaterThanOrEqualTo(0.9);
        assertThat(Double.parseDouble(line.group(2))).isGreaterThanOrEqualTo(0.5);
        assertThat(Integer.parseInt(line.group(3))).isEqualTo(15 * 20 + 100);
    }

    private static List<LabelledText> subset(List<LabelledText> rows, Set<String> intents) {
        return rows.stream().filter(row -> row.outOfScope() || intents.contains(row.intent()))
                .toList();
    }

    private Path csv(String name, List<LabelledText> rows) throws IOException {
        String body = rows.stream()
                .map(row -> quote(row.text()) + "," + row.intent())
                .collect(Collectors.joining("\n", "text,intent\n", "\n"));
        return Files.writeString(folder.resolve(name), body);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
