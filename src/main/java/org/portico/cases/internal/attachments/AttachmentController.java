package org.portico.cases.internal.attachments;

import java.io.IOException;
import java.util.List;

import org.portico.cases.CaseAttachments;
import org.portico.cases.CaseAttachments.AttachmentRefused;
import org.portico.cases.CaseAttachments.Upload;
import org.portico.identity.PorticoUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a case on the customer sites and in the console: the list (an htmx part of the
 * case page), uploads by customers, and downloads. A download is always an attachment with
 * {@code nosniff} and a sandboxing content policy, so no file ever runs in the browser.
 */
@Controller
class AttachmentController {

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/s/{site}/cases/{number}/attachments")
    String siteList(@PathVariable("site") String site, @PathVariable("number") String number,
            @AuthenticationPrincipal PorticoUser user, Model model) {
        model.addAttribute("files", attachments.list(user, number));
        model.addAttribute("base", "/s/" + site + "/cases/" + number);
        model.addAttribute("maxMegabytes", attachments.maxBytes() / (1024 * 1024));
        return "cases/attachments :: site";
    }

    @PostMapping("/s/{site}/cases/{number}/attachments")
    String upload(@PathVariable("site") String site, @PathVariable("number") String number,
            @AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        String page = "redirect:/s/" + site + "/cases/" + number;
        try {
            attachments.attach(user, number, Upload.of(files));
        } catch (AttachmentRefused refused) {
            return page + "?tooLarge#attachments";
        }
        return page + "#attachments";
    }

    @GetMapping("/s/{site}/cases/{number}/attachments/{id}")
    ResponseEntity<byte[]> siteDownload(@PathVariable("number") String number,
            @PathVariable("id") long id, @AuthenticationPrincipal PorticoUser user) {
        return download(attachments.download(user, number, id));
    }

    @GetMapping("/console/cases/{number}/attachments")
    String consoleList(@PathVariable("number") String number,
            @AuthenticationPrincipal PorticoUser agent, Model model) {
        model.addAttribute("files", attachments.list(agent, number));
        model.addAttribute("base", "/console/cases/" + number);
        return "cases/attachments :: console";
    }

    @GetMapping("/console/cases/{number}/attachments/{id}")
    ResponseEntity<byte[]> consoleDownload(@PathVariable("number") String number,
            @PathVariable("id") long id, @AuthenticationPrincipal PorticoUser agent) {
        return download(attachments.download(agent, number, id));
    }

    static ResponseEntity<byte[]> download(AttachmentStore.StoredFile file) {
        return CaseAttachments.download(file.fileName(), file.contentType(), file.content());
    }
}
