package nl.naober.platform.web;

import java.util.List;
import nl.naober.kernel.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * How every page handles bad input the same way: the form is shown again, with the values as
 * submitted, an error summary at the top and the message at each field
 * ({@code templates/fragments/forms.html}).
 *
 * <pre>{@code
 * @PostMapping("/contacten/nieuw")
 * Object register(CurrentPage page, ContactForm form) {
 *     try {
 *         contacts.register(form.toCommand(page.village().orElseThrow()));
 *         return "redirect:/contacten";
 *     } catch (InvalidInputException e) {
 *         return FormErrors.rerender("contacts/new", form, e);
 *     }
 * }
 * }</pre>
 *
 * <p>The answer's status is <b>422 Unprocessable Content</b>: browsers show the page as with 200,
 * while tests, logs and monitoring can tell a refused submission from a success. htmx does not
 * swap 4xx answers by default; the layout's {@code htmx-config} swaps 422 like 200, so an
 * htmx-enhanced form shows its errors the same way.
 *
 * <p>The model contract of the form fragments: {@value #VIOLATIONS} holds the
 * {@link InvalidInputException.Violation}s (field name + Dutch message; the field name is the
 * input's {@code name} and {@code id}), {@value #FORM} the submitted values.
 */
public final class FormErrors {

    /** Model attribute: the {@code List<InvalidInputException.Violation>} of the submission. */
    public static final String VIOLATIONS = "violations";
    /** Model attribute: the submitted form (any object; the page's template reads its values). */
    public static final String FORM = "form";
    /** The status of a form shown again because of invalid input. */
    public static final HttpStatus STATUS = HttpStatus.UNPROCESSABLE_CONTENT;

    private FormErrors() {
    }

    /** The form page again, with the violations of {@code invalid} and the submitted {@code form}, as 422. */
    public static ModelAndView rerender(String view, Object form, InvalidInputException invalid) {
        return rerender(view, form, invalid.violations());
    }

    /** As {@link #rerender(String, Object, InvalidInputException)}, for violations a page found itself. */
    public static ModelAndView rerender(String view, Object form, List<InvalidInputException.Violation> violations) {
        ModelAndView page = new ModelAndView(view, STATUS);
        page.addObject(FORM, form);
        page.addObject(VIOLATIONS, List.copyOf(violations));
        return page;
    }
}
