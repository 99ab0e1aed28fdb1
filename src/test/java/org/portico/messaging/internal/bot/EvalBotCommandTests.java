package org.portico.messaging.internal.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portico.platform.CommandArguments;

class EvalBotCommandTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final EvalBotCommand command = new EvalBotCommand(SentenceEncoder.NONE, 0.3,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void printsInScopeAccuracyOutOfScopeRecallAndCount() throws IOException {
        Path train = Files.writeString(folder.resolve("train.csv"), """
                text,intent
                what is my balance,balance
                how much money do I have,balance
                show my account balance,balance
                I want a refund,refund
                give me my money back,refund
                refund my order please,refund
                tell me a joke,oos
                what is the capital of peru,oos
                play a song for me,oos
                """);
        Path test = Files.writeString(folder.resolve("test.csv"), """
                text,intent
                my balance please,balance
                refund me,refund
                tell me a funny joke,oos
                """);

        int status = command.run(arguments("--train=" + train, "--test=" + test));

        assertThat(status).isZero();
        assertThat(stdout()).matches("in_scope_accuracy=\\d\\.\\d{3} oos_recall=\\d\\.\\d{3} n=3\\n");
        assertThat(stderr()).contains("trained on 9 sentences, 3 intents");
    }

    @Test
    void explainsItsUsageWhenAFileIsMissing() {
        assertThat(command.run(arguments("--train=only.csv"))).isEqualTo(2);
        assertThat(stderr()).contains("Usage: eval bot --train=FILE --test=FILE");
        assertThat(command.run(arguments("--train=" + folder.resolve("none.csv"),
                "--test=" + folder.resolve("none.csv")))).isEqualTo(1);
        assertThat(stderr()).contains("No such file");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void scoresOutOfScopeRowsAsCaughtOnlyWhenAnsweredOutOfScope() {
        List<LabelledText> rows = List.of(new LabelledText("a", "balance"),
                new LabelledText("b", "balance"), new LabelledText("c", "oos"),
                new LabelledText("d", "oos"));
        List<IntentModel.Prediction> predictions = List.of(
                new IntentModel.Prediction("balance", 0.9),
                new IntentModel.Prediction("balance", 0.1),
                new IntentModel.Prediction("refund", 0.2),
                new IntentModel.Prediction("refund", 0.8));

        EvalBotCommand.Score score = EvalBotCommand.Score.of(rows, predictions, 0.3);

        assertThat(score.line()).isEqualTo("in_scope_accuracy=0.500 oos_recall=0.500 n=4");
    }

    private static CommandArguments arguments(String... args) {
        return CommandArguments.parse(List.of(args));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
