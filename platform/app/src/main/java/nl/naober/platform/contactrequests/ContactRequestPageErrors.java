package nl.naober.platform.contactrequests;

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
 * A contact request that is not in her villages (or does not exist, or an id that is no id) is a
 * page saying so with 404, instead of the API's problem+json; it says nothing about other villages.
 */
@ControllerAdvice(assignableTypes = ContactRequestPagesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContactRequestPageErrors {

    @ExceptionHandler({ResourceNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(CurrentPage page) {
        ModelAndView view = new ModelAndView("contactrequests/not-found", HttpStatus.NOT_FOUND);
        // the model of the failed handler is gone: the layout needs the page again
        view.addObject("page", page);
        return view;
    }
}
