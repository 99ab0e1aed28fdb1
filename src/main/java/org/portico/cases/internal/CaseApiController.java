package org.portico.cases.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.portico.cases.CaseDesk;
import org.portico.cases.CaseDetail;
import org.portico.cases.CaseQuery;
import org.portico.cases.CaseView;
import org.portico.cases.Cases;
import org.portico.cases.QueueItem;
import org.portico.cases.Topics;
import org.portico.identity.PorticoUser;
import org.portico.sites.SiteView;
import org.portico.sites.Sites;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases in JSON for integrators. Customers see the cases their role allows; agents see the
 * queue and every message.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

    private static final int QUEUE_LIMIT = 200;

    private final Cases cases;
    private final CaseDesk desk;
    private final Sites sites;
    private final MessageSource messages;
    private final OrderLinks orderLinks;

    CaseApiController(Cases cases, CaseDesk desk, Sites sites, MessageSource messages,
            OrderLinks orderLinks) {
        this.orderLinks = orderLinks;
        this.cases = cases;
        this.desk = desk;
        this.sites = sites;
        this.messages = messages;
    }

    @GetMapping
    List<CaseView> list(@AuthenticationPrincipal PorticoUser user) {
        if (!CaseDesk.mayWork(user)) {
            return cases.visibleTo(user, null);
        }
        return desk.queue(CaseQuery.anyone(List.of()), QUEUE_LIMIT).stream()
                .map(QueueItem::supportCase).toList();
    }

    @GetMapping("/{number}")
    CaseDetail read(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("number") String number) {
        return CaseDesk.mayWork(user) ? desk.read(number) : cases.read(user, null, number);
    }

    @PostMapping
    ResponseEntity<?> open(@AuthenticationPrincipal PorticoUser user,
            @Valid @RequestBody ApiCaseRequest request, BindingResult errors, Locale locale) {
        if (user.accountId() == null) {
            throw new AccessDeniedException("Only customers open cases");
        }
        String site = request.getSite() != null ? request.getSite() : usualSite(user);
        checkTopicAndSite(request, site, errors);
        orderLinks.check(request.getOrderNumber(), user, errors);
        if (errors.hasErrors()) {
            return ResponseEntity.badRequest().body(fieldErrors(errors, locale));
        }
        CaseView opened = cases.open(user, request.toCommand(site));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.number()))
                .body(opened);
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

    private Map<String, Object> fieldErrors(BindingResult errors, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        return Map.of("status", HttpStatus.BAD_REQUEST.value(), "error", "Bad Request",
                "fields", fields);
    }
}
