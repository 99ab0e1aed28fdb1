package org.portico.community.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * Uploading a picture from the ask, answer and edit forms (an htmx fragment with the Markdown
 * that the form's script inserts into the text, or that a reader without scripts pastes), and
 * serving it: as the picture type its bytes showed at upload, never sniffed by the browser,
 * and with a policy that lets nothing in it run.
 */
@Controller
class CommunityImagesController {

    private static final String IMAGE_POLICY = "default-src 'none'; sandbox";

    private final CommunityImages images;
    private final MessageSource messages;

    CommunityImagesController(CommunityImages images, MessageSource messages) {
        this.images = images;
        this.messages = messages;
    }

    @PostMapping("/s/{site}/community/images")
    String upload(@PathVariable("site") String site,
            @RequestParam(name = "image", required = false) MultipartFile image,
            @AuthenticationPrincipal PorticoUser user, Locale locale, Model model)
            throws IOException {
        PorticoUser member = CommunityPostingController.signedIn(user);
        try {
            byte[] content = image == null ? new byte[0] : image.getBytes();
            String name = image == null ? null : image.getOriginalFilename();
            model.addAttribute("stored", images.store(member, site, name, content));
        } catch (CommunityRefusal refusal) {
            model.addAttribute("error", messages.getMessage(refusal.messageKey(),
                    new Object[] {images.maxBytes() / (1024 * 1024)}, locale));
        }
        return "community/images :: uploaded";
    }

    @GetMapping("/s/{site}/community/images/{key}")
    ResponseEntity<byte[]> image(@PathVariable("site") String site,
            @PathVariable("key") String key) {
        CommunityImages.Image image = images.find(site, key)
                .orElseThrow(() -> new NotFoundException("community image " + key));
        return ResponseEntity.status(HttpStatus.OK)
                .contentType(MediaType.parseMediaType(image.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", IMAGE_POLICY)
                .header("Content-Disposition", "inline")
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic()
                        .immutable())
                .body(image.content());
    }
}
