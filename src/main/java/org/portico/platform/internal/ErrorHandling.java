package org.portico.platform.internal;

import org.portico.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps what went wrong on a page to its error page: not found is the 404 page. Errors of the
 * API never get here: {@link ApiErrors} answers them first.
 */
@ControllerAdvice
class ErrorHandling {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error/404");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
