package nl.naober.platform.web;

import nl.naober.kernel.ResourceNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers "not found" on the page controllers marked {@link NotFoundPage} with their view and 404;
 * before the API's handler, which would answer problem+json.
 */
@ControllerAdvice(annotations = NotFoundPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundPages {

    @ExceptionHandler({ResourceNotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(HandlerMethod handler, CurrentPage page) {
        NotFoundPage notFound = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), NotFoundPage.class);
        ModelAndView view = new ModelAndView(notFound.value(), HttpStatus.NOT_FOUND);
        // the model of the failed handler is gone: the layout needs the page again
        view.addObject(PageModelAdvice.ATTRIBUTE, page);
        return view;
    }
}
