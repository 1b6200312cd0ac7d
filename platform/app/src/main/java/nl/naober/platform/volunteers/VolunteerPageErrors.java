package nl.naober.platform.volunteers;

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
 * A volunteer or help request outside her villages (or none, or an id that is no id) is a page
 * saying so with 404, saying nothing about what exists elsewhere.
 */
@ControllerAdvice(assignableTypes = {VolunteerPagesController.class, HelpRequestPagesController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class VolunteerPageErrors {

    @ExceptionHandler({ResourceNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(CurrentPage page) {
        ModelAndView view = new ModelAndView("volunteers/not-found", HttpStatus.NOT_FOUND);
        view.addObject("page", page);
        return view;
    }
}
