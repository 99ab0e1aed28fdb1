package org.portico.platform.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The server's upload limit on every page, for the file fields: the browser refuses a larger
 * file beside its field before the form is sent ({@code portico.js}), because the server can
 * only answer such a request with its 413 page, and everything typed into the form would be
 * lost with it.
 */
@ControllerAdvice(annotations = Controller.class)
class UploadLimitModel {

    private final UploadLimit limit;

    UploadLimitModel(UploadLimit limit) {
        this.limit = limit;
    }

    @ModelAttribute("uploadMaxBytes")
    long uploadMaxBytes() {
        return limit.bytes();
    }

    @ModelAttribute("uploadLimit")
    String uploadLimit() {
        return limit.megabytes();
    }
}
