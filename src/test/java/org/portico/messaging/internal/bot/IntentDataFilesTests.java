package org.portico.messaging.internal.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentDataFilesTests {

    private static final String CLINC_LAYOUT = """
            {"train": [["what is my balance", "balance"], ["refund me", "refund"]],
             "val": [["balance please", "balance"]],
             "oos_train": [["tell me a joke", "oos"]],
             "oos_val": [["sing a song", "oos"]]}
            """;

    @TempDir
    Path folder;

    @Test
    void readsQuotedCsvWithCommasQuotesAndLineBreaks() throws IOException {
        Path csv = write("rows.csv", """
                text,intent
                "hello, is anyone there",greeting
                "she said ""refund"" twice",refund
                "two
                lines",greeting
                plain text,OOS
                """);

        assertThat(IntentDataFiles.readCsv(csv)).containsExactly(
                new LabelledText("hello, is anyone there", "greeting"),
                new LabelledText("she said \"refund\" twice", "refund"),
                new LabelledText("two\nlines", "greeting"),
                new LabelledText("plain text", "oos"));
    }

    @Test
    void readsCsvWithoutHeaderWindowsLineEndsAndByteOrderMark() throws IOException {
        Path csv = write("rows.csv", "\uFEFFhi,greeting\r\n我要退款,refund\r\n\r\n");

        assertThat(IntentDataFiles.testSet(csv)).containsExactly(
                new LabelledText("hi", "greeting"), new LabelledText("我要退款", "refund"));
    }

    @Test
    void holdsValidationOutOfTrainingWhenTheSameJsonFileIsScored() throws IOException {
        Path json = write("train_val.json", CLINC_LAYOUT);

        List<LabelledText> training = IntentDataFiles.trainingSet(json, json);
        List<LabelledText> scored = IntentDataFiles.testSet(json);

        assertThat(training).extracting(LabelledText::text)
                .containsExactly("what is my balance", "refund me", "tell me a joke");
        assertThat(scored).extracting(LabelledText::text)
                .containsExactly("balance please", "sing a song");
        assertThat(scored.get(1).outOfScope()).isTrue();
    }

    @Test
    void trainsOnEveryListAndScoresTheTestListsOfAnotherFile() throws IOException {
        Path trainFile = write("train_val.json", CLINC_LAYOUT);
        Path testFile = write("test.json", """
                {"test": [["my balance", "balance"]], "oos_test": [["a poem", "oos"]]}
                """);

        assertThat(IntentDataFiles.trainingSet(trainFile, testFile)).hasSize(5);
        assertThat(IntentDataFiles.testSet(testFile)).extracting(LabelledText::text)
                .containsExactly("my balance", "a poem");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
