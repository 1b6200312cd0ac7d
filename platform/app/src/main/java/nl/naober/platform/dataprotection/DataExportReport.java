package nl.naober.platform.dataprotection;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.context.i18n.LocaleContextHolder;
import nl.naober.platform.documents.CompiledReport;
import org.springframework.stereotype.Component;

/**
 * The PDF of a data-subject export: {@code reports/data-export.jrxml}, compiled once on first use
 * (a few seconds) and kept; each export only fills and exports it. Tagged PDF with headings, the
 * document language and title set, DejaVu Sans embedded. The report uses no database: it gets
 * its rows from the export, so the tenant schema question of JDBC reports does not arise.
 */
@Component
class DataExportReport {

    private static final String TEMPLATE = "reports/data-export.jrxml";

    private final CompiledReport compiled = new CompiledReport(TEMPLATE);

    /** Texts of the PDF that are not part of the export itself. */
    record Labels(String notFilledIn, String page, String pageOf) {
    }

    byte[] render(ExportDocument document, Labels labels) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < document.sections().size(); i++) {
            ExportDocument.Section section = document.sections().get(i);
            for (ExportDocument.Row row : section.rows()) {
                Map<String, Object> fields = new HashMap<>();
                fields.put("section", i);
                fields.put("sectionTitle", section.title());
                fields.put("label", row.label());
                fields.put("value", row.value() == null || row.value().isBlank() ? labels.notFilledIn() : row.value());
                rows.add(fields);
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", document.title());
        parameters.put("introduction", document.introduction());
        parameters.put("pageLabel", labels.page());
        parameters.put("pageOfLabel", labels.pageOf());
        parameters.put(JRParameter.REPORT_LOCALE, LocaleContextHolder.getLocale());
        try {
            JasperPrint print = JasperFillManager.fillReport(compiled.get(), parameters, new JRMapCollectionDataSource(rows));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setTagged(true);
            boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
            configuration.setTagLanguage(english ? "en-GB" : "nl-NL");
            configuration.setMetadataTitle(document.title());
            configuration.setDisplayMetadataTitle(true);
            configuration.setMetadataAuthor(document.municipalityName());
            configuration.setMetadataCreator("Naober");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("The data-subject export could not be rendered as PDF", e);
        }
    }
}
