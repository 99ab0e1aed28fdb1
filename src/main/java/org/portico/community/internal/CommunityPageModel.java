package org.portico.community.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every community page's forms need: the largest picture a member may add, in MB.
 */
@ControllerAdvice(basePackageClasses = CommunityPageModel.class)
class CommunityPageModel {

    private final CommunityImages images;

    CommunityPageModel(CommunityImages images) {
        this.images = images;
    }

    @ModelAttribute("imageMaxMb")
    long imageMaxMb() {
        return images.maxBytes() / (1024 * 1024);
    }
}
