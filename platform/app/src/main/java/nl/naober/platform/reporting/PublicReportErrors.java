package nl.naober.platform.reporting;

import nl.naober.kernel.ResourceNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An annual report of no (active) village or no year is the public 404 page, as any unknown public address. */
@ControllerAdvice(assignableTypes = PublicReportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicReportErrors {

    @ExceptionHandler(ResourceNotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }
}
