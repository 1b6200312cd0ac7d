package nl.naober.platform.intakes;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import nl.naober.platform.delivery.DeliverableIntake;
import nl.naober.platform.documents.CompiledReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The PDF of a submitted intake that goes with it to the municipality: {@code reports/wmo-intake.jrxml},
 * compiled once on first use and kept. Always Dutch, whatever the language of the request that
 * triggers it: the document is for the municipality's WMO consultants and its case file, and it is
 * rendered by the worker as well, where there is no request. It holds the BSN in full (the supporter
 * works under the municipality's mandate); the PDF's title and metadata hold no personal data, since
 * case systems and mail clients show them in lists.
 */
@Component
final class IntakeDocument {

    static final String TEMPLATE = "reports/wmo-intake.jrxml";

    /** The document's language: the labels and the PDF's language tag. */
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** Wmo 2015 art. 2.3.2: the resident may hand in a personal plan within 7 days of the melding. */
    static final int PERSONAL_PLAN_DAYS = 7;

    /** Wmo 2015 art. 2.3.2: the investigation is completed within 6 weeks of the melding. */
    static final int INVESTIGATION_WEEKS = 6;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final MessageSource messages;
    private final CompiledReport compiled = new CompiledReport(TEMPLATE);

    IntakeDocument(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param intake           the intake; its {@code pdf} is ignored (it is what this makes)
     * @param municipalityName the name of the municipality the intake goes to, for the header
     */
    byte[] render(DeliverableIntake intake, String municipalityName) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", text("intakes.pdf.title"));
        parameters.put("municipalityLabel", text("intakes.pdf.municipality"));
        parameters.put("municipality", municipalityName);
        parameters.put("referenceLabel", text("intakes.pdf.reference"));
        parameters.put("reference", intake.reference());
        parameters.put("meldingDateLabel", text("intakes.pdf.melding-date"));
        parameters.put("meldingDate", date(intake.meldingDate()));
        parameters.put("pageFormat", text("intakes.pdf.page"));
        parameters.put(JRParameter.REPORT_LOCALE, DUTCH);
        try {
            JasperPrint print = JasperFillManager.fillReport(compiled.get(), parameters,
                    new JRMapCollectionDataSource(rows(intake)));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setTagged(true);
            configuration.setTagLanguage("nl-NL");
            // the reference identifies the intake without naming the resident
            configuration.setMetadataTitle(text("intakes.pdf.metadata-title", intake.reference()));
            configuration.setDisplayMetadataTitle(true);
            configuration.setMetadataCreator("Naober");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return pdf.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("The PDF of intake " + intake.reference() + " could not be rendered", e);
        }
    }

    /** The compiled template, kept for every render (the tests check it is compiled once). */
    CompiledReport template() {
        return compiled;
    }

    private List<Map<String, ?>> rows(DeliverableIntake intake) {
        Rows rows = new Rows(text("intakes.pdf.not-filled-in"));
        DeliverableIntake.Resident resident = intake.resident();
        rows.section(text("intakes.pdf.section.resident"));
        rows.add(text("intakes.pdf.resident.bsn"), resident.bsn());
        rows.add(text("intakes.pdf.resident.name"),
                joined(" ", resident.givenNames(), resident.surnamePrefix(), resident.surname()));
        rows.add(text("intakes.pdf.resident.date-of-birth"), date(resident.dateOfBirth()));
        rows.add(text("intakes.pdf.resident.address"), address(resident));

        rows.section(text("intakes.pdf.section.request"));
        rows.wide(text("intakes.pdf.request"), intake.request());
        rows.add(text("intakes.pdf.life-domains"), intake.lifeDomains().stream()
                .map(code -> code("intakes.lifeDomain.", code)).collect(Collectors.joining(", ")));
        rows.add(text("intakes.pdf.urgency"), intake.urgency() == null ? null : code("intakes.urgency.", intake.urgency()));
        rows.add(text("intakes.pdf.personal-plan"), text(intake.personalPlanIntended() ? "intakes.pdf.yes" : "intakes.pdf.no"));

        rows.section(text("intakes.pdf.section.conversation"));
        rows.wide(text("intakes.pdf.conversation-report"), intake.conversationReport());

        DeliverableIntake.Consent consent = intake.consent();
        rows.section(text("intakes.pdf.section.consent"));
        rows.add(text("intakes.pdf.consent.what"), consent == null ? null : consent.what());
        rows.add(text("intakes.pdf.consent.recipient"), consent == null ? null : consent.recipient());
        rows.add(text("intakes.pdf.consent.given-on"), consent == null ? null : date(consent.givenOn()));
        rows.add(text("intakes.pdf.consent.form"), consent == null ? null : consent.form());

        DeliverableIntake.Mandate mandate = intake.mandate();
        rows.section(text("intakes.pdf.section.mandate"));
        rows.add(text("intakes.pdf.mandate.decision"), mandate == null ? null : mandate.decisionReference());
        rows.add(text("intakes.pdf.mandate.valid"), mandate == null ? null : validity(mandate));
        rows.add(text("intakes.pdf.supporter"), intake.supporter() == null ? null : intake.supporter().name());
        rows.add(text("intakes.pdf.village"), intake.villageName());

        rows.section(text("intakes.pdf.section.deadlines"));
        rows.add(text("intakes.pdf.deadline.personal-plan"),
                text("intakes.pdf.deadline.personal-plan.value", date(personalPlanDeadline(intake.meldingDate()))));
        rows.add(text("intakes.pdf.deadline.investigation"),
                text("intakes.pdf.deadline.investigation.value", date(investigationDeadline(intake.meldingDate()))));
        return rows.list;
    }

    static LocalDate personalPlanDeadline(LocalDate meldingDate) {
        return meldingDate.plusDays(PERSONAL_PLAN_DAYS);
    }

    static LocalDate investigationDeadline(LocalDate meldingDate) {
        return meldingDate.plusWeeks(INVESTIGATION_WEEKS);
    }

    /** "Kerkstraat 12, 7591 AB Denekamp"; the parts that are there, {@code null} when none is. */
    private static String address(DeliverableIntake.Resident resident) {
        String street = joined(" ", resident.street(), resident.houseNumber());
        String place = joined(" ", resident.postalCode(), resident.city());
        return joined(", ", street, place);
    }

    private String validity(DeliverableIntake.Mandate mandate) {
        if (mandate.validFrom() == null) {
            return null;
        }
        return mandate.validUntil() == null
                ? text("intakes.pdf.mandate.valid-from", date(mandate.validFrom()))
                : text("intakes.pdf.mandate.valid-from-until", date(mandate.validFrom()), date(mandate.validUntil()));
    }

    /** The Dutch label of a code; the code itself if the bundle does not know it, so nothing is lost. */
    private String code(String prefix, String code) {
        return messages.getMessage(prefix + code, null, code, DUTCH);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DUTCH);
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** The non-blank parts joined, {@code null} when there are none (never the text "null"). */
    private static String joined(String separator, String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    /** The report's rows: one per label and value, grouped in sections (one h2 each). */
    private static final class Rows {

        private final String notFilledIn;
        private final List<Map<String, ?>> list = new ArrayList<>();
        private int section = -1;
        private String sectionTitle;

        Rows(String notFilledIn) {
            this.notFilledIn = notFilledIn;
        }

        void section(String title) {
            section++;
            sectionTitle = title;
        }

        void add(String label, String value) {
            row(label, value, false);
        }

        /** A row whose value goes under its label at full width and may run over pages. */
        void wide(String label, String value) {
            row(label, value, true);
        }

        private void row(String label, String value, boolean wide) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("section", section);
            fields.put("sectionTitle", sectionTitle);
            fields.put("label", label);
            fields.put("value", value == null || value.isBlank() ? notFilledIn : value);
            fields.put("wide", wide);
            list.add(fields);
        }
    }
}
