package nl.naober.platform.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Offers {@link FormFragments} to the templates as the expression object {@code #forms}. An
 * expression object rather than a bean ({@code @bean}): Thymeleaf 3.1 forbids bean references in
 * the expressions of inserted fragments.
 */
@Component
class NaoberDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final FormFragments FORMS = new FormFragments();

    NaoberDialect() {
        super("naober");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("forms");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return "forms".equals(name) ? FORMS : null;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
