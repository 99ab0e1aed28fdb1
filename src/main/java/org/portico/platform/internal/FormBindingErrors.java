package org.portico.platform.internal;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form that names a list entry far past anything a page offers ({@code taxIds[300]}, more
 * than the binder grows a list to) was written by hand: a bad request, not a server failure.
 */
@ControllerAdvice
class FormBindingErrors {

    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView forgedForm() {
        ModelAndView page = new ModelAndView("error/4xx");
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
