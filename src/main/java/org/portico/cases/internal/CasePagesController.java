package org.portico.cases.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.portico.cases.CaseAttachments;
import org.portico.cases.CaseAttachments.Upload;
import org.portico.cases.Cases;
import org.portico.cases.Topics;
import org.portico.identity.PorticoUser;
import org.portico.knowledge.DeflectionSignals;
import org.portico.knowledge.KnowledgeSuggestions;
import org.portico.knowledge.SuggestionThreshold;
import org.portico.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The customer's case pages on a site: the list, the form to open one (with article
 * suggestions while the subject is typed) and a case with its conversation.
 */
@Controller
class CasePagesController {

    private static final int SUGGESTIONS = 5;

    private final Cases cases;
    private final KnowledgeSuggestions suggestions;
    private final MessageSource messages;
    private final OrderLinks orderLinks;
    private final DeflectionSignals deflection;
    private final RequestKeys requestKeys;
    private final CaseAttachments attachments;

    CasePagesController(Cases cases, KnowledgeSuggestions suggestions,
            MessageSource messages, OrderLinks orderLinks, DeflectionSignals deflection,
            RequestKeys requestKeys, CaseAttachments attachments) {
        this.requestKeys = requestKeys;
        this.orderLinks = orderLinks;
        this.deflection = deflection;
        this.attachments = attachments;
        this.cases = cases;
        this.suggestions = suggestions;
        this.messages = messages;
    }

    @ModelAttribute("topics")
    List<String> topics() {
        return Topics.KEYS;
    }

    @GetMapping("/s/{site}/cases")
    String list(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            Model model) {
        model.addAttribute("cases", cases.visibleTo(user, site));
        return "cases/list";
    }

    @GetMapping("/s/{site}/cases/new")
    String form(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "order", required = false) String order,
            @RequestParam(name = "follows", required = false) String follows, Locale locale,
            Model model) {
        requireCustomer(user);
        OpenCaseForm form = new OpenCaseForm();
        form.setRequestKey(UUID.randomUUID().toString());
        if (follows != null && follows.matches("\\d{8}")) {
            String number = cases.read(user, site, follows).supportCase().number();
            form.setSubject(messages.getMessage("caselife.follow-up.subject",
                    new Object[] {number}, locale));
        }
        if (orderLinks.isOwn(order, user)) {
            form.setOrderNumber(order);
            form.setSubject(messages.getMessage("cases.order.subject", new Object[] {order},
                    locale));
        }
        model.addAttribute("form", form);
        return "cases/new";
    }

    @PostMapping("/s/{site}/cases")
    String open(@PathVariable("site") String site, @AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("form") OpenCaseForm form, BindingResult errors,
            @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        requireCustomer(user);
        List<Upload> uploads = Upload.of(files);
        if (uploads.stream().anyMatch(f -> f.largerThan(attachments.maxBytes()))) {
            errors.reject("email.attachments.tooLarge");
        }
        if (!errors.hasFieldErrors("topic") && !Topics.isKnown(form.getTopic())) {
            errors.rejectValue("topic", "cases.topic.invalid");
        }
        form.checkOrderNumber(errors);
        orderLinks.check(form.getOrderNumber(), user, errors);
        if (errors.hasErrors()) {
            return "cases/new";
        }
        String key = RequestKeys.isValid(form.getRequestKey()) ? form.getRequestKey() : null;
        RequestKeys.Outcome opened = requestKeys.open(user, form.toCommand(site), key);
        if (opened.created()) {
            attachments.attach(user, opened.number(), uploads);
        }
        deflection.formSent(site, DeflectionSignals.CASE_FORM);
        return "redirect:/s/" + site + "/cases/" + opened.number()
                + (opened.created() ? "?opened" : "?sent-twice");
    }

    @GetMapping("/s/{site}/cases/suggestions")
    String suggestions(@PathVariable("site") String site,
            @RequestParam(name = "subject", defaultValue = "") String subject, Locale locale,
            Model model) {
        String text = subject.strip();
        boolean searched = SuggestionThreshold.reached(text);
        model.addAttribute("searched", searched);
        model.addAttribute("suggestions", searched
                ? suggestions.suggest(site, text, locale, SUGGESTIONS) : List.of());
        return "cases/new :: suggestions";
    }

    @GetMapping("/s/{site}/cases/{number}")
    String detail(@PathVariable("site") String site, @PathVariable("number") String number,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        model.addAttribute("detail", cases.read(user, site, number));
        model.addAttribute("reply", new ReplyForm());
        return "cases/detail";
    }

    @PostMapping("/s/{site}/cases/{number}/replies")
    String reply(@PathVariable("site") String site, @PathVariable("number") String number,
            @AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("reply") ReplyForm reply, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("detail", cases.read(user, site, number));
            return "cases/detail";
        }
        cases.reply(user, site, number, reply.getBody());
        return "redirect:/s/" + site + "/cases/" + number + "#messages";
    }

    private static void requireCustomer(PorticoUser user) {
        if (user.accountId() == null) {
            throw new NotFoundException("case form for staff");
        }
    }
}
