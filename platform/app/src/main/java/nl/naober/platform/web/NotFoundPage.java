package nl.naober.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page controller: a record that is not there for her (outside her villages, none at all, or
 * an id that is no id) is answered with this view and status 404, instead of the API's
 * problem+json. The view says nothing about what exists elsewhere.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotFoundPage {

    /** The view, e.g. {@code contacts/not-found}. */
    String value();
}
