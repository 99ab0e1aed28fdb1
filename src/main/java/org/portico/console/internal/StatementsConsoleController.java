package org.portico.console.internal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.portico.cases.AccountReach;
import org.portico.commerce.StatementDetail;
import org.portico.commerce.StatementLine;
import org.portico.commerce.StatementPayment;
import org.portico.commerce.Statements;
import org.portico.identity.AccountProfile;
import org.portico.identity.Directory;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agents' view of business accounts' statements, and the form that records a payment. An
 * agent limited to some queues or sites lists only the accounts those reach; the pages of the
 * others answer 404 (checked with the account pages, by the cases module).
 */
@Controller
class StatementsConsoleController {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");

    private static final int SHOWN = 50;

    private final Statements statements;
    private final Directory directory;
    private final AccountReach reach;

    StatementsConsoleController(Statements statements, Directory directory, AccountReach reach) {
        this.statements = statements;
        this.directory = directory;
        this.reach = reach;
    }

    @GetMapping("/console/statements")
    String accounts(@AuthenticationPrincipal PorticoUser agent,
            @RequestParam(name = "q", defaultValue = "") String query, Model model) {
        ConsoleAccess.requireAgent(agent);
        String needle = query.strip().toLowerCase(Locale.ROOT);
        Optional<Set<Long>> reached = reach.accountsOf(agent);
        List<AccountProfile> accounts = directory.businessAccounts().stream()
                .filter(a -> reached.map(ids -> ids.contains(a.id())).orElse(true))
                .filter(a -> a.name().toLowerCase(Locale.ROOT).contains(needle))
                .limit(SHOWN).toList();
        model.addAttribute("q", query);
        model.addAttribute("accounts", accounts);
        return "console/statements";
    }

    @GetMapping("/console/statements/{accountId}")
    String account(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("accountId") long accountId, Model model) {
        ConsoleAccess.requireAgent(agent);
        model.addAttribute("account", business(agent, accountId));
        model.addAttribute("statements", statements.statementsOf(accountId));
        List<StatementLine> ledger = new ArrayList<>(statements.ledgerOf(accountId));
        Collections.reverse(ledger);
        model.addAttribute("ledger", ledger.subList(0, Math.min(SHOWN, ledger.size())));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        return "console/statements-account";
    }

    @GetMapping("/console/statements/{accountId}/{number}.pdf")
    @ResponseBody
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("accountId") long accountId, @PathVariable("number") String number,
            Locale locale) {
        ConsoleAccess.requireAgent(agent);
        business(agent, accountId);
        StatementDetail statement = statements.statement(accountId, number)
                .orElseThrow(() -> new NotFoundException("statement " + number));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(number + ".pdf").build().toString())
                .body(statements.pdf(statement, locale));
    }

    /**
     * Records a payment received. The amount is a plain decimal above zero with at most two
     * decimals ({@code 120.50}); the day is not later than today (UTC).
     */
    @PostMapping("/console/statements/{accountId}/payments")
    String recordPayment(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("accountId") long accountId,
            @RequestParam(name = "amount", defaultValue = "") String amount,
            @RequestParam(name = "reference", defaultValue = "") String reference,
            @RequestParam(name = "receivedOn", defaultValue = "") String receivedOn,
            @RequestParam(name = "note", defaultValue = "") String note,
            RedirectAttributes redirect) {
        ConsoleAccess.requireAgent(agent);
        business(agent, accountId);
        PaymentForm typed = new PaymentForm(amount, reference, receivedOn, note);
        String problem = paymentProblem(amount.strip(), reference.strip(), receivedOn.strip());
        if (problem != null) {
            return refused(redirect, accountId, problem, typed);
        }
        try {
            LocalDate day = receivedOn.isBlank() ? today() : LocalDate.parse(receivedOn.strip());
            statements.recordPayment(new StatementPayment(accountId,
                    new BigDecimal(amount.strip()), reference.strip(),
                    day.atStartOfDay(ZoneOffset.UTC).toInstant(), note));
            redirect.addFlashAttribute("recorded", true);
        } catch (DuplicateKeyException e) {
            return refused(redirect, accountId, "statements.console.payment.duplicate", typed);
        } catch (IllegalArgumentException e) {
            return refused(redirect, accountId, "statements.console.payment.refused", typed);
        }
        return "redirect:/console/statements/" + accountId;
    }

    /**
     * What was typed into the payment form, shown again beside the reason it was refused
     * (a flash attribute, kept in the shared session store until the next page).
     */
    record PaymentForm(String amount, String reference, String receivedOn, String note)
            implements Serializable {
    }

    private static String refused(RedirectAttributes redirect, long accountId, String problem,
            PaymentForm typed) {
        redirect.addFlashAttribute("invalid", problem);
        redirect.addFlashAttribute("invalidField", fieldOf(problem));
        redirect.addFlashAttribute("typed", typed);
        return "redirect:/console/statements/" + accountId;
    }

    /** The form field a refusal is about, so that the page shows it there. */
    private static String fieldOf(String problem) {
        return switch (problem) {
            case "statements.console.payment.bad-reference",
                    "statements.console.payment.duplicate" -> "reference";
            case "statements.console.payment.bad-date" -> "receivedOn";
            default -> "amount";
        };
    }

    /** The message key of what is wrong with the payment form, or {@code null}. */
    private static String paymentProblem(String amount, String reference, String receivedOn) {
        if (!AMOUNT.matcher(amount).matches() || new BigDecimal(amount).signum() <= 0) {
            return "statements.console.payment.bad-amount";
        }
        if (reference.isEmpty() || reference.length() > 40) {
            return "statements.console.payment.bad-reference";
        }
        if (!receivedOn.isEmpty()) {
            try {
                if (LocalDate.parse(receivedOn).isAfter(today())) {
                    return "statements.console.payment.bad-date";
                }
            } catch (DateTimeParseException e) {
                return "statements.console.payment.bad-date";
            }
        }
        return null;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The business account, unless it lies outside the agent's queues and sites. */
    private AccountProfile business(PorticoUser agent, long accountId) {
        return directory.account(accountId).filter(AccountProfile::isBusiness)
                .filter(account -> reach.reaches(agent, account.id()))
                .orElseThrow(() -> new NotFoundException("business account " + accountId));
    }
}
