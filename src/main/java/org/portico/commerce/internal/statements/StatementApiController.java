package org.portico.commerce.internal.statements;

import java.util.List;

import org.portico.commerce.StatementDetail;
import org.portico.commerce.StatementSummary;
import org.portico.commerce.Statements;
import org.portico.identity.PorticoUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/statements}: the signed-in administrator's statements as JSON, and each one
 * as JSON with its lines, PDF or CSV.
 */
@RestController
class StatementApiController {

    private final Statements statements;
    private final StatementReaders readers;

    StatementApiController(Statements statements, StatementReaders readers) {
        this.statements = statements;
        this.readers = readers;
    }

    @GetMapping("/api/v1/statements")
    List<StatementSummary> list(@AuthenticationPrincipal PorticoUser user) {
        return statements.statementsOf(StatementReaders.accountOf(user));
    }

    @GetMapping("/api/v1/statements/{number}")
    StatementDetail show(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("number") String number) {
        return readers.statement(user, number);
    }

    @GetMapping("/api/v1/statements/{number}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("number") String number) {
        return readers.pdf(user, number);
    }

    @GetMapping("/api/v1/statements/{number}.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("number") String number) {
        return readers.csv(user, number);
    }
}
