package org.portico.cases.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseDetail;
import org.portico.cases.CaseStatus;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.cases.Topics;
import org.portico.cases.Visibility;
import org.portico.identity.PorticoUser;
import org.portico.platform.InvalidRequest;
import org.portico.sites.SiteView;
import org.portico.sites.Sites;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases in JSON for integrators. Customers see the cases their role allows; agents see the
 * queue and every message.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

    private static final int QUEUE_LIMIT = 200;
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String REPEATED = "Idempotent-Replayed";

    private final Cases cases;
    private final CaseDesk desk;
    private final Sites sites;
    private final OrderLinks orderLinks;
    private final CaseSearch search;
    private final RequestKeys requestKeys;

    CaseApiController(Cases cases, CaseDesk desk, Sites sites, OrderLinks orderLinks,
            CaseSearch search, RequestKeys requestKeys) {
        this.search = search;
        this.requestKeys = requestKeys;
        this.orderLinks = orderLinks;
        this.cases = cases;
        this.desk = desk;
        this.sites = sites;
    }

    /**
     * The cases the caller may see, most recently updated first, filtered by
     * {@code status} (one or more), {@code topic} and {@code updatedSince} (an ISO instant),
     * a page at a time ({@code page} from 0, {@code size} up to 200). The total is in the
     * {@code X-Total-Count} header.
     */
    @GetMapping
    ResponseEntity<List<CaseView>> list(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "status", required = false) List<CaseStatus> statuses,
            @RequestParam(name = "topic", required = false) String topic,
            @RequestParam(name = "updatedSince", required = false) Instant updatedSince,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "50") int size) {
        int pageSize = Math.max(1, Math.min(size, QUEUE_LIMIT));
        CaseSearch.Page found = search.find(user, new CaseSearch.Filter(
                statuses == null ? List.of() : statuses, topic, updatedSince),
                Math.max(0, page), pageSize);
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total()))
                .body(found.cases());
    }

    @GetMapping("/{number}")
    CaseDetail read(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("number") String number) {
        return CaseDesk.mayWork(user) ? desk.read(number) : cases.read(user, null, number);
    }

    @PostMapping
    ResponseEntity<?> open(@AuthenticationPrincipal PorticoUser user,
            @Valid @RequestBody ApiCaseRequest request, BindingResult errors,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        if (user.accountId() == null) {
            throw new AccessDeniedException("Only customers open cases");
        }
        checkKey(key, errors);
        String site = request.getSite() != null ? request.getSite() : usualSite(user);
        checkTopicAndSite(request, site, errors);
        orderLinks.check(request.getOrderNumber(), user, errors);
        if (errors.hasErrors()) {
            throw InvalidRequest.of(errors, IDEMPOTENCY_KEY);
        }
        RequestKeys.Outcome opened = requestKeys.open(user, request.toCommand(site), key);
        CaseView view = cases.read(user, null, opened.number()).supportCase();
        return opened.created()
                ? ResponseEntity.created(URI.create("/api/v1/cases/" + opened.number()))
                        .body(view)
                : ResponseEntity.ok().header(REPEATED, "true").body(view);
    }

    /**
     * Adds a reply (customers: public; staff: public or an internal note). With an
     * {@code Idempotency-Key} a repeated request adds nothing and answers 200.
     */
    @PostMapping("/{number}/replies")
    ResponseEntity<?> reply(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("number") String number,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody ApiReplyRequest request, BindingResult errors) {
        checkKey(key, errors);
        if (errors.hasErrors()) {
            throw InvalidRequest.of(errors, IDEMPOTENCY_KEY);
        }
        boolean staff = CaseDesk.mayWork(user);
        CaseDetail before = staff ? desk.read(number) : cases.read(user, null, number);
        RequestKeys.Outcome done = requestKeys.reply(user, before.supportCase().number(), key,
                () -> {
                    if (staff) {
                        desk.reply(user, number, request.getBody(),
                                Visibility.valueOf(request.getVisibility()));
                    } else {
                        cases.reply(user, null, number, request.getBody());
                    }
                });
        CaseDetail after = read(user, number);
        return done.created() ? ResponseEntity.status(HttpStatus.CREATED).body(after)
                : ResponseEntity.ok().header(REPEATED, "true").body(after);
    }

    private static void checkKey(String key, BindingResult errors) {
        if (key != null && !RequestKeys.isValid(key)) {
            errors.reject("caselife.idempotency-key.invalid");
        }
    }

    private void checkTopicAndSite(ApiCaseRequest request, String site, BindingResult errors) {
        if (!errors.hasFieldErrors("topic") && !Topics.isKnown(request.getTopic())) {
            errors.rejectValue("topic", "cases.topic.invalid");
        }
        request.checkOrderNumber(errors);
        if (sites.find(site).isEmpty()) {
            errors.rejectValue("site", "cases.site.invalid");
        }
    }

    private String usualSite(PorticoUser user) {
        boolean business = user.role().isBusinessContact();
        return sites.all().stream().filter(site -> site.isBusiness() == business)
                .map(SiteView::slug).findFirst().orElse("");
    }
}
