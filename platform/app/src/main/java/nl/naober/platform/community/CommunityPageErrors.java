package nl.naober.platform.community;

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
 * A record outside her villages (or none, or an id that is no id) is a page saying so with 404, not
 * the API's problem+json; it says nothing about what exists elsewhere.
 */
@ControllerAdvice(assignableTypes = {ActivityPagesController.class, InitiativePagesController.class,
        AssociationPagesController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommunityPageErrors {

    @ExceptionHandler({ResourceNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(CurrentPage page) {
        ModelAndView view = new ModelAndView("community/not-found", HttpStatus.NOT_FOUND);
        view.addObject("page", page);
        return view;
    }
}
