package org.portico.commerce.internal.statements;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.portico.commerce.StatementDetail;
import org.portico.commerce.Statements;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Who may read statements, and the downloads they get. Only an account's administrators read
 * its statements: members, like everyone else, are told that there is nothing here (404), so
 * that a member's role does not leak the account's money. Each read is scoped to the reader's
 * current account, so another account's statement number is not found either.
 */
@Component
class StatementReaders {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Statements statements;

    StatementReaders(Statements statements) {
        this.statements = statements;
    }

    /** The account whose statements the user may read, or 404. */
    static long accountOf(PorticoUser user) {
        if (user == null || user.role() != Role.BUSINESS_ADMIN || user.accountId() == null) {
            throw new NotFoundException("statements");
        }
        return user.accountId();
    }

    StatementDetail statement(PorticoUser user, String number) {
        return statements.statement(accountOf(user), number)
                .orElseThrow(() -> new NotFoundException("statement " + number));
    }

    ResponseEntity<byte[]> pdf(PorticoUser user, String number) {
        StatementDetail statement = statement(user, number);
        return download(statements.pdf(statement, languageOf(user)), MediaType.APPLICATION_PDF,
                number + ".pdf");
    }

    ResponseEntity<byte[]> csv(PorticoUser user, String number) {
        StatementDetail statement = statement(user, number);
        return download(statements.csv(statement, languageOf(user)), CSV, number + ".csv");
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    /** The contact's own language ({@code en} or {@code zh-CN}), English when unknown. */
    static Locale languageOf(PorticoUser user) {
        return user.locale() == null || user.locale().isBlank() ? Locale.ENGLISH
                : Locale.forLanguageTag(user.locale().replace('_', '-'));
    }
}
