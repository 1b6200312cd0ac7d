package nl.naober.platform.reporting;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import nl.naober.platform.documents.CompiledReport;
import org.springframework.stereotype.Component;

/**
 * PDF and XLSX of a {@link ReportDocument} with {@code reports/figures.jrxml}, compiled once on
 * first use and kept. The report gets one line per shown number (indicator, column, text), never
 * rows about persons, so filling it costs the same for 10,000 contacts as for 100,000. The PDF is
 * tagged, with the document language and title; the XLSX has the same texts in its cells.
 */
@Component
class ReportRenderer {

    private static final String TEMPLATE = "reports/figures.jrxml";

    private final MessageSource messages;
    private final CompiledReport compiled = new CompiledReport(TEMPLATE);

    ReportRenderer(MessageSource messages) {
        this.messages = messages;
    }

    void pdf(ReportDocument document, OutputStream out) {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(fill(document)));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setTagged(true);
        configuration.setTagLanguage(document.language());
        configuration.setMetadataTitle(document.title());
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataCreator("Naober");
        exporter.setConfiguration(configuration);
        export(exporter::exportReport);
    }

    void xlsx(ReportDocument document, OutputStream out) {
        JRXlsxExporter exporter = new JRXlsxExporter();
        exporter.setExporterInput(new SimpleExporterInput(fill(document)));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
        configuration.setOnePagePerSheet(false);
        configuration.setDetectCellType(false);
        configuration.setSheetNames(new String[] {sheetName(document.title())});
        exporter.setConfiguration(configuration);
        export(exporter::exportReport);
    }

    private JasperPrint fill(ReportDocument document) {
        List<Map<String, ?>> lines = new ArrayList<>();
        for (int t = 0; t < document.tables().size(); t++) {
            ReportDocument.Table table = document.tables().get(t);
            for (ReportDocument.Row row : table.rows()) {
                for (int c = 0; c < row.cells().size(); c++) {
                    Map<String, Object> fields = new HashMap<>();
                    fields.put("table", t);
                    fields.put("tableTitle", table.title());
                    fields.put("label", row.label());
                    fields.put("column", table.columns().get(c));
                    fields.put("value", row.cells().get(c).text());
                    lines.add(fields);
                }
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", document.title());
        parameters.put("subtitle", document.subtitle());
        parameters.put("narrative", document.narrative());
        parameters.put("legend", document.legend());
        parameters.put("pageLabel", messages.getMessage("reporting.page", null, LocaleContextHolder.getLocale()));
        parameters.put(JRParameter.REPORT_LOCALE, LocaleContextHolder.getLocale());
        try {
            return JasperFillManager.fillReport(compiled.get(), parameters, new JRMapCollectionDataSource(lines));
        } catch (JRException e) {
            throw new IllegalStateException("The report could not be filled", e);
        }
    }

    /** A sheet name: at most 31 characters, none of {@code []:*?/\}. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private interface Export {
        void run() throws JRException;
    }

    private static void export(Export export) {
        try {
            export.run();
        } catch (JRException e) {
            throw new IllegalStateException("The report could not be exported", e);
        }
    }
}
