package org.portico.commerce.internal.statements;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.portico.commerce.StatementDetail;
import org.portico.commerce.StatementLine;
import org.portico.commerce.StatementSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A statement as an A4 PDF for print: the company and the account at the top, the balances,
 * one table per kind of entry, and page numbers ("1 / 2") at the foot of every page.
 */
@Component
class StatementPdf {

    private static final String COMPANY = "Tallybird";
    private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
    private static final Color SHADE = new Color(0xF2, 0xF2, 0xF2);
    private static final float MARGIN = 48;

    private final StatementFonts fonts;
    private final MessageSource messages;

    StatementPdf(StatementFonts fonts, MessageSource messages) {
        this.fonts = fonts;
        this.messages = messages;
    }

    byte[] render(StatementDetail statement, Locale requested) {
        Locale language = fonts.writesChinese() ? requested : Locale.ENGLISH;
        Labels labels = new Labels(messages, language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 12);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(fonts.font()));
            document.addTitle(labels.get("title") + " " + statement.summary().number());
            document.open();
            header(document, statement, labels);
            balances(document, statement, labels);
            for (String kind : List.of(StatementLine.INVOICE, StatementLine.PAYMENT,
                    StatementLine.CREDIT)) {
                entries(document, statement, kind, labels);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write statement "
                    + statement.summary().number(), e);
        }
        return out.toByteArray();
    }

    private void header(Document document, StatementDetail statement, Labels labels) {
        StatementSummary s = statement.summary();
        document.add(new Paragraph(COMPANY, font(18, Font.BOLD)));
        document.add(new Paragraph(labels.get("title"), font(13, Font.NORMAL)));
        PdfPTable facts = table(new float[] {1, 2});
        facts.setSpacingBefore(12);
        fact(facts, labels.get("account"), statement.accountName());
        fact(facts, labels.get("number"), s.number());
        fact(facts, labels.get("period"), s.periodStart() + " – " + s.periodEnd() + " (UTC)");
        fact(facts, labels.get("currency"), s.currency());
        document.add(facts);
    }

    private void balances(Document document, StatementDetail statement, Labels labels) {
        StatementSummary s = statement.summary();
        PdfPTable table = table(new float[] {3, 2});
        table.setSpacingBefore(14);
        amountRow(table, labels.get("opening"), s.opening(), false);
        amountRow(table, labels.get("invoices"), statement.invoices(), false);
        amountRow(table, labels.get("payments"), statement.payments(), false);
        amountRow(table, labels.get("credits"), statement.credits(), false);
        amountRow(table, labels.get("closing"), s.closing(), true);
        document.add(table);
    }

    private void entries(Document document, StatementDetail statement, String kind,
            Labels labels) {
        List<StatementLine> lines = statement.linesOf(kind);
        Paragraph title = new Paragraph(labels.get("group." + kind), font(12, Font.BOLD));
        title.setSpacingBefore(16);
        title.setSpacingAfter(4);
        document.add(title);
        if (lines.isEmpty()) {
            document.add(new Paragraph(labels.get("none"), font(9, Font.NORMAL)));
            return;
        }
        PdfPTable table = table(new float[] {2, 2.4f, 5, 2.2f, 2.2f});
        table.setHeaderRows(1);
        for (String heading : List.of("date", "reference", "description", "amount",
                "balance")) {
            PdfPCell cell = cell(labels.get(heading), font(9, Font.BOLD), heading);
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        for (StatementLine line : lines) {
            table.addCell(cell(Money.day(line.occurredAt()), font(9, Font.NORMAL), "date"));
            table.addCell(cell(line.reference(), font(9, Font.NORMAL), "reference"));
            table.addCell(cell(line.description(), font(9, Font.NORMAL), "description"));
            table.addCell(cell(Money.format(line.amount()), font(9, Font.NORMAL), "amount"));
            table.addCell(cell(Money.format(line.balance()), font(9, Font.NORMAL), "balance"));
        }
        document.add(table);
    }

    private void fact(PdfPTable table, String label, String value) {
        table.addCell(cell(label, font(10, Font.BOLD), "label"));
        table.addCell(cell(value, font(10, Font.NORMAL), "value"));
    }

    private void amountRow(PdfPTable table, String label, BigDecimal amount, boolean total) {
        Font font = font(10, total ? Font.BOLD : Font.NORMAL);
        PdfPCell name = cell(label, font, "label");
        PdfPCell value = cell(Money.format(amount), font, "amount");
        if (total) {
            name.setBackgroundColor(SHADE);
            value.setBackgroundColor(SHADE);
        }
        table.addCell(name);
        table.addCell(value);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell(String text, Font font, String column) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        boolean number = column.equals("amount") || column.equals("balance");
        cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private Font font(float size, int style) {
        return new Font(fonts.font(), size, style);
    }

    /** Statement labels in one language. */
    private record Labels(MessageSource messages, Locale language) {

        String get(String key) {
            return messages.getMessage("statements.doc." + key, null, language);
        }
    }

    /** Writes "page / pages" at the foot of each page; the total is filled in at the end. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private static final float SIZE = 8;

        private final BaseFont font;
        private PdfTemplate total;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String text = writer.getPageNumber() + " / ";
            float width = font.getWidthPoint(text, SIZE);
            float x = (document.left() + document.right()) / 2 - width;
            float y = document.bottom() - 24;
            PdfContentByte canvas = writer.getDirectContent();
            canvas.beginText();
            canvas.setFontAndSize(font, SIZE);
            canvas.setTextMatrix(x, y);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, SIZE);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
