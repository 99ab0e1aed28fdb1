package org.portico.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.portico.platform.CommandArguments;
import org.portico.platform.PorticoCommand;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code eval deflection --corpus=FILE.csv --queries=FILE.csv [--mix=best|lexical]}: indexes
 * the corpus (CSV {@code text,category}) as answered questions in a throwaway in-memory index,
 * searches each query as typed into the case form, and prints
 * {@code recall@1=… recall@5=… mrr=… n=…}. For development, {@code --holdout=5} takes every
 * fifth row of the corpus file as the queries instead.
 */
@Component
class EvalDeflectionCommand implements PorticoCommand {

    private final MessageSource messages;

    EvalDeflectionCommand(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String name() {
        return "eval deflection";
    }

    @Override
    public int run(CommandArguments arguments) {
        Optional<String> corpusFile = arguments.option("corpus");
        Optional<String> queriesFile = arguments.option("queries");
        Optional<Integer> holdout = arguments.option("holdout").flatMap(this::number);
        if (corpusFile.isEmpty() || queriesFile.isEmpty() == holdout.isEmpty()) {
            System.err.println("Usage: eval deflection --corpus=FILE.csv --queries=FILE.csv"
                    + " [--mix=best|lexical]  (or --holdout=N instead of --queries)");
            return 2;
        }
        try {
            List<LabelledCsv.Row> corpus = read(corpusFile.get());
            RelevanceEvaluation.Split split = holdout.isPresent()
                    ? RelevanceEvaluation.holdout(corpus, holdout.get())
                    : new RelevanceEvaluation.Split(corpus, read(queriesFile.get()));
            QuestionRanker.Mix mix = "lexical".equals(arguments.option("mix").orElse("best"))
                    ? QuestionRanker.Mix.LEXICAL : QuestionRanker.Mix.BEST;
            System.out.println(RelevanceEvaluation.run(split.corpus(), split.queries(), mix)
                    .line());
            return 0;
        } catch (LabelledCsv.Invalid e) {
            System.err.println("Cannot evaluate: " + messages.getMessage(e.messageKey(),
                    e.arguments(), Locale.ENGLISH));
            return 1;
        } catch (IOException e) {
            System.err.println("Cannot evaluate: " + e.getMessage());
            return 1;
        }
    }

    private static List<LabelledCsv.Row> read(String file) throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new LabelledCsv.Invalid("missing").in(file);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return LabelledCsv.read(in);
        } catch (LabelledCsv.Invalid e) {
            throw e.in(file);
        }
    }

    private Optional<Integer> number(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 2 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
