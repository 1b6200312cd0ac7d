package nl.naober.platform.reporting;

import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.web.CurrentPage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A report of a village she does not read (or of no year, or an id that is no id) is a page saying
 * so, with status 404, instead of the API's problem+json; it says nothing about what exists
 * elsewhere.
 */
@ControllerAdvice(assignableTypes = ReportPagesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportPageErrors {

    @ExceptionHandler({ResourceNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(CurrentPage page) {
        ModelAndView view = new ModelAndView("reporting/not-found", HttpStatus.NOT_FOUND);
        // the model of the failed handler is gone: the layout needs the page again
        view.addObject("page", page);
        return view;
    }
}
