package org.portico.messaging.internal.bot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code eval bot --train=FILE --test=FILE}: trains the intent model on one file, scores the
 * other and prints {@code in_scope_accuracy=… oos_recall=… n=…}; progress goes to stderr.
 */
@Component
class EvalBotCommand implements PorticoCommand {

    private final SentenceEncoder encoder;
    private final double threshold;
    private final PrintStream out;
    private final PrintStream err;

    @Autowired
    EvalBotCommand(SentenceEncoder encoder, BotSettings settings) {
        this(encoder, settings.confidenceThreshold(), System.out, System.err);
    }

    EvalBotCommand(SentenceEncoder encoder, double threshold, PrintStream out, PrintStream err) {
        this.encoder = encoder;
        this.threshold = threshold;
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "eval bot";
    }

    @Override
    public int run(CommandArguments arguments) {
        Optional<Path> train = arguments.option("train").map(Path::of);
        Optional<Path> test = arguments.option("test").map(Path::of);
        if (train.isEmpty() || test.isEmpty()) {
            err.println("Usage: eval bot --train=FILE --test=FILE (CSV text,intent or JSON)");
            return 2;
        }
        for (Path file : List.of(train.get(), test.get())) {
            if (!Files.isRegularFile(file)) {
                err.println("No such file: " + file);
                return 1;
            }
        }
        try {
            return evaluate(train.get(), test.get());
        } catch (IOException e) {
            err.println("Could not read the data: " + e.getMessage());
            return 1;
        }
    }

    private int evaluate(Path trainFile, Path testFile) throws IOException {
        List<LabelledText> training = IntentDataFiles.trainingSet(trainFile, testFile);
        List<LabelledText> scored = IntentDataFiles.testSet(testFile);
        if (training.isEmpty() || scored.isEmpty()) {
            err.println("Nothing to train on or nothing to score");
            return 1;
        }
        long started = System.nanoTime();
        IntentModel model = IntentModel.train(training, encoder);
        long trained = System.nanoTime();
        err.printf(Locale.ROOT, "trained on %d sentences, %d intents in %.1f s%n",
                training.size(), model.intents().size(), seconds(started, trained));
        Score score = Score.of(scored, model.predictAll(
                scored.stream().map(LabelledText::text).toList()), threshold);
        err.printf(Locale.ROOT, "scored %d sentences in %.1f s (threshold %.2f)%n",
                scored.size(), seconds(trained, System.nanoTime()), threshold);
        out.println(score.line());
        return 0;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** In-scope accuracy (oos answers count wrong) and the share of oos rows answered oos. */
    record Score(int inScope, int inScopeRight, int outOfScope, int outOfScopeCaught) {

        static Score of(List<LabelledText> rows, List<IntentModel.Prediction> predictions,
                double threshold) {
            int inScope = 0;
            int right = 0;
            int oos = 0;
            int caught = 0;
            for (int i = 0; i < rows.size(); i++) {
                IntentModel.Prediction decided = predictions.get(i).decided(threshold);
                if (rows.get(i).outOfScope()) {
                    oos++;
                    caught += decided.outOfScope() ? 1 : 0;
                } else {
                    inScope++;
                    right += decided.intent().equals(rows.get(i).intent()) ? 1 : 0;
                }
            }
            return new Score(inScope, right, oos, caught);
        }

        double inScopeAccuracy() {
            return inScope == 0 ? 0 : (double) inScopeRight / inScope;
        }

        double outOfScopeRecall() {
            return outOfScope == 0 ? 0 : (double) outOfScopeCaught / outOfScope;
        }

        String line() {
            return String.format(Locale.ROOT, "in_scope_accuracy=%.3f oos_recall=%.3f n=%d",
                    inScopeAccuracy(), outOfScopeRecall(), inScope + outOfScope);
        }
    }
}
