package nl.naober.platform.contacts;

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
 * A contact or resident that is not in her villages (or does not exist, or an id that is no id) is
 * a page saying so, with status 404, instead of the API's problem+json. Only for this module's
 * page controllers and before the API's handler; the page says nothing about what exists elsewhere.
 */
@ControllerAdvice(assignableTypes = {ContactPageController.class, ResidentPageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContactPageErrors {

    @ExceptionHandler({ResourceNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(CurrentPage page) {
        ModelAndView view = new ModelAndView("contacts/not-found", HttpStatus.NOT_FOUND);
        // the model of the failed handler is gone: the layout needs the page again
        view.addObject("page", page);
        return view;
    }
}
