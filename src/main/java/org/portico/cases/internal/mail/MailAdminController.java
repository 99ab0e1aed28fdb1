package org.portico.cases.internal.mail;

import java.util.Optional;

import jakarta.validation.Valid;

import org.portico.cases.internal.mail.MailIntake.Result;
import org.portico.cases.internal.mail.MailTemplates.Template;
import org.portico.cases.internal.mail.Mailboxes.Mailbox;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.portico.sites.Sites;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Email administration in the console, for administrators only: the mailboxes Portico reads,
 * the quarantine (download the raw message, process it again) and the notification templates.
 */
@Controller
class MailAdminController {

    private static final int QUARANTINE_PAGE = 200;

    private final Mailboxes mailboxes;
    private final MailboxPoller poller;
    private final Quarantine quarantine;
    private final MailIntake intake;
    private final MailTemplates templates;
    private final Sites sites;

    MailAdminController(Mailboxes mailboxes, MailboxPoller poller, Quarantine quarantine,
            MailIntake intake, MailTemplates templates, Sites sites) {
        this.mailboxes = mailboxes;
        this.poller = poller;
        this.quarantine = quarantine;
        this.intake = intake;
        this.templates = templates;
        this.sites = sites;
    }

    @GetMapping("/console/admin/mailboxes")
    String mailboxes(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "edit", required = false) Long edit, Model model) {
        requireAdmin(user);
        MailboxForm form = edit == null ? new MailboxForm()
                : MailboxForm.of(mailbox(edit));
        return mailboxPage(model, form, edit);
    }

    @PostMapping("/console/admin/mailboxes")
    String save(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "id", required = false) Long id,
            @Valid @ModelAttribute("form") MailboxForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        requireAdmin(user);
        if (sites.find(form.getSite()).isEmpty()) {
            errors.rejectValue("site", "email.mailbox.site.unknown");
        }
        if (id == null && (form.getPassword() == null || form.getPassword().isEmpty())) {
            errors.rejectValue("password", "email.mailbox.password.required");
        }
        if (errors.hasErrors()) {
            return mailboxPage(model, form, id);
        }
        if (id == null) {
            mailboxes.add(form.toMailbox(null, null));
        } else {
            mailboxes.update(form.toMailbox(id, mailbox(id).password()));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/admin/mailboxes";
    }

    @PostMapping("/console/admin/mailboxes/{id}/delete")
    String delete(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id) {
        requireAdmin(user);
        mailboxes.delete(mailbox(id).id());
        return "redirect:/console/admin/mailboxes";
    }

    @PostMapping("/console/admin/mailboxes/{id}/poll")
    String pollNow(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            RedirectAttributes redirect) {
        requireAdmin(user);
        Optional<MailboxPoller.PollResult> result = poller.pollNow(mailbox(id));
        redirect.addFlashAttribute("polled", result.orElse(null));
        redirect.addFlashAttribute("busy", result.isEmpty());
        return "redirect:/console/admin/mailboxes";
    }

    private String mailboxPage(Model model, MailboxForm form, Long editing) {
        model.addAttribute("mailboxes", mailboxes.all());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("sites", sites.all());
        return "cases/mail/mailboxes";
    }

    @GetMapping("/console/admin/mail-quarantine")
    String quarantine(@AuthenticationPrincipal PorticoUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("waiting", quarantine.waiting(QUARANTINE_PAGE));
        model.addAttribute("waitingCount", quarantine.waitingCount());
        model.addAttribute("released", quarantine.released(50));
        model.addAttribute("sites", sites.all());
        return "cases/mail/quarantine";
    }

    @GetMapping("/console/admin/mail-quarantine/{id}/raw")
    ResponseEntity<byte[]> raw(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("id") long id) {
        requireAdmin(user);
        byte[] raw = quarantine.raw(id)
                .orElseThrow(() -> new NotFoundException("quarantine " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("quarantine-" + id + ".eml").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(raw);
    }

    @PostMapping("/console/admin/mail-quarantine/{id}/retry")
    String retry(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @RequestParam(name = "site", defaultValue = "help") String site,
            RedirectAttributes redirect) {
        requireAdmin(user);
        if (sites.find(site).isEmpty()) {
            throw new NotFoundException("site " + site);
        }
        Result result = intake.retry(id, site);
        redirect.addFlashAttribute("retried", result);
        return "redirect:/console/admin/mail-quarantine";
    }

    @GetMapping("/console/admin/mail-templates")
    String templates(@AuthenticationPrincipal PorticoUser user, Model model) {
        requireAdmin(user);
        model.addAttribute("templates", templates.all());
        model.addAttribute("placeholders", MailTemplates.PLACEHOLDERS);
        return "cases/mail/templates";
    }

    @PostMapping("/console/admin/mail-templates")
    String saveTemplate(@AuthenticationPrincipal PorticoUser user,
            @RequestParam("key") String key, @RequestParam("language") String language,
            @RequestParam("subject") String subject, @RequestParam("body") String body,
            RedirectAttributes redirect) {
        requireAdmin(user);
        if (!MailTemplates.KEYS.contains(key) || !MailTemplates.LANGUAGES.contains(language)) {
            throw new NotFoundException("template " + key + "/" + language);
        }
        if (subject.isBlank() || subject.length() > 300 || body.isBlank()
                || body.length() > 10_000) {
            redirect.addFlashAttribute("invalid", key + "-" + language);
            return "redirect:/console/admin/mail-templates#template-" + key + "-" + language;
        }
        templates.save(new Template(key, language, subject.strip(), body.strip()));
        redirect.addFlashAttribute("saved", key + "-" + language);
        return "redirect:/console/admin/mail-templates#template-" + key + "-" + language;
    }

    private Mailbox mailbox(long id) {
        return mailboxes.find(id).orElseThrow(() -> new NotFoundException("mailbox " + id));
    }

    private static void requireAdmin(PorticoUser user) {
        if (user == null || user.role() != Role.ADMIN) {
            throw new AccessDeniedException("Email administration is for administrators");
        }
    }
}
