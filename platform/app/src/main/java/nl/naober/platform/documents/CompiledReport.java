package nl.naober.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.core.io.ClassPathResource;

/**
 * A JasperReports template from the class path, compiled on first use and then kept: compiling
 * takes seconds, filling a compiled report milliseconds. Safe for concurrent first use.
 */
public final class CompiledReport {

    private final String template;
    private volatile JasperReport compiled;

    /** @param template the {@code .jrxml} on the class path, e.g. {@code reports/figures.jrxml} */
    public CompiledReport(String template) {
        this.template = template;
    }

    public JasperReport get() {
        JasperReport report = compiled;
        if (report == null) {
            synchronized (this) {
                report = compiled;
                if (report == null) {
                    report = compile();
                    compiled = report;
                }
            }
        }
        return report;
    }

    private JasperReport compile() {
        try (InputStream source = new ClassPathResource(template).getInputStream()) {
            return JasperCompileManager.compileReport(source);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Report template " + template + " does not compile", e);
        }
    }
}
