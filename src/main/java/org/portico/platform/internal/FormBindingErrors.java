package org.portico.platform.internal;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Forms the pages never send: one that names a list entry far past anything a page offers
 * ({@code taxIds[300]}, more than the binder grows a list to), or an upload form sent without
 * its files (not multipart), was written by hand: a bad request, not a server failure. A
 * file over the server's upload limit is too large (413). API paths keep their own answers.
 */
@ControllerAdvice
class FormBindingErrors {

    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView forgedForm() {
        return page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView uploadRefused(MultipartException refused) {
        return page(refused instanceof MaxUploadSizeExceededException
                ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error/4xx");
        page.setStatus(status);
        return page;
    }
}
