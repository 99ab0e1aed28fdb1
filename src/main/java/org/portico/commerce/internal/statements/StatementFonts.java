package org.portico.commerce.internal.statements;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font statement PDFs are written in. Java ships no Chinese font, so a system font is
 * looked up once at start ({@code portico.pdf.cjk-font}, then a few usual places) and embedded
 * in every PDF. Without one, PDFs use Helvetica and English labels, and one WARN says so.
 */
@Component
class StatementFonts {

    private static final Logger log = LoggerFactory.getLogger(StatementFonts.class);
    private static final List<String> USUAL_PLACES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private final BaseFont font;
    private final boolean chinese;

    StatementFonts(@Value("${portico.pdf.cjk-font:}") String configured) {
        Optional<BaseFont> cjk = Stream.concat(Stream.of(configured), USUAL_PLACES.stream())
                .filter(path -> !path.isBlank() && Files.isReadable(Path.of(path)))
                .map(StatementFonts::load)
                .flatMap(Optional::stream)
                .findFirst();
        if (cjk.isEmpty()) {
            log.warn("No Chinese font found (set portico.pdf.cjk-font): statement PDFs are"
                    + " written in English with Helvetica");
        }
        this.chinese = cjk.isPresent();
        this.font = cjk.orElseGet(StatementFonts::helvetica);
    }

    BaseFont font() {
        return font;
    }

    /** Whether Chinese text can be written; if not, documents fall back to English. */
    boolean writesChinese() {
        return chinese;
    }

    private static Optional<BaseFont> load(String path) {
        String name = path.toLowerCase().endsWith(".ttc") ? path + ",0" : path;
        try {
            return Optional.of(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
        } catch (Exception e) {
            log.warn("Cannot use font {}: {}", path, e.getMessage());
            return Optional.empty();
        }
    }

    private static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI,
                    BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("Helvetica is built into every PDF reader", e);
        }
    }
}
