package nl.naober.platform.intakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import nl.naober.platform.delivery.DeliverableIntake;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.springframework.context.support.ResourceBundleMessageSource;

class IntakeDocumentTests {

    private static final LocalDate MELDING = LocalDate.of(2026, 3, 2);
    private static final String BSN = "111222333";

    /** One renderer for the class, as the application has one: the template is compiled once here too. */
    private static final IntakeDocument DOCUMENT = new IntakeDocument(messages());

    @Test
    void showsEveryFieldOfTheIntakeWithDutchLabelsAndDates() throws IOException {
        String text = text(DOCUMENT.render(intake(resident("van"), "Gesprek aan de keukentafel met dochter Ria."), "Dinkelland"));

        assertThat(text).contains(
                "Melding Wmo-ondersteuning",
                "Gemeente Dinkelland",
                "Kenmerk WMO-2026-0042",
                "Datum melding 2 maart 2026",
                "Inwoner",
                "BSN " + BSN,
                "Naam Gerrit Jan van Velthuis",
                "Geboortedatum 4 maart 1941",
                "Adres Kerkstraat 12a, 7591 AB Denekamp",
                "Hulpvraag",
                "Hulpvraag in de woorden van de inwoner Ik kom de trap niet meer op en de boodschappen lukken niet.",
                "Levensdomeinen Mobiliteit, Woningaanpassing, Respijtzorg voor mantelzorgers",
                "Urgentie Op korte termijn",
                "Persoonlijk plan indienen ja",
                "Gespreksverslag",
                "Verslag van het gesprek Gesprek aan de keukentafel met dochter Ria.",
                "Toestemming",
                "Toestemming voor naam, BSN, hulpvraag en gespreksverslag doorgeven",
                "Ontvanger gemeente Dinkelland, team Wmo",
                "Gegeven op 2 maart 2026",
                "Vorm mondeling",
                "Mandaat en ondersteuner",
                "Mandaatbesluit B&W 2026/17",
                "Geldig 1 februari 2026 tot en met 31 januari 2027",
                "Dorpsondersteuner Anna Supporter",
                "Dorp Denekamp",
                "Wettelijke termijnen",
                "Pagina 1 van 1");
        assertThat(text).doesNotContain("intakes.", "null", "mobility", "housing-adaptation", "carer-respite");
    }

    @Test
    void computesTheStatutoryDeadlinesFromTheMeldingDate() throws IOException {
        String march = text(DOCUMENT.render(intake(resident("van"), "Kort gesprek."), "Dinkelland"));
        assertThat(march).contains(
                "Persoonlijk plan uiterlijk 9 maart 2026 (7 dagen na de melding, art. 2.3.2 Wmo 2015)",
                "Onderzoek uiterlijk 13 april 2026 (6 weken na de melding, art. 2.3.2 Wmo 2015)");

        DeliverableIntake december = withMeldingDate(intake(resident("van"), "Kort gesprek."), LocalDate.of(2026, 12, 28));
        assertThat(text(DOCUMENT.render(december, "Dinkelland"))).contains(
                "Datum melding 28 december 2026",
                "Persoonlijk plan uiterlijk 4 januari 2027 (7 dagen na de melding, art. 2.3.2 Wmo 2015)",
                "Onderzoek uiterlijk 8 februari 2027 (6 weken na de melding, art. 2.3.2 Wmo 2015)");
    }

    @Test
    void runsALongConversationReportOntoTheNextPageWithoutLosingText() throws IOException {
        String report = longReport(5_000);
        assertThat(report).hasSize(5_000);

        try (PDDocument pdf = Loader.loadPDF(DOCUMENT.render(intake(resident("van"), report), "Dinkelland"))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String first = pageText(pdf, 1);
            String second = pageText(pdf, 2);
            assertThat(first).contains("Zin 1 van het gesprek", "Pagina 1 van " + pdf.getNumberOfPages());
            assertThat(second).contains("Pagina 2 van " + pdf.getNumberOfPages());
            // the report itself goes on on page 2, it does not only start there
            assertThat(second).contains(report.substring(report.length() - 40).strip());
            assertThat(first).doesNotContain(report.substring(report.length() - 40).strip());

            String all = normalized(new PDFTextStripper().getText(pdf)).replaceAll("Pagina \\d+ van \\d+ ?", "");
            assertThat(all).contains("Verslag van het gesprek " + report);
            // what follows the report is still there
            assertThat(all).contains("Vorm mondeling", "Dorp Denekamp", "13 april 2026");
        }
    }

    @Test
    void isATaggedDutchPdfWithEmbeddedFontsAndNoPersonalDataInItsMetadata() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(DOCUMENT.render(intake(resident("van"), "Kort gesprek."), "Dinkelland"))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();

            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Melding Wmo-ondersteuning WMO-2026-0042");
            String metadata = String.join("|", String.valueOf(info.getTitle()), String.valueOf(info.getAuthor()),
                    String.valueOf(info.getSubject()), String.valueOf(info.getKeywords()));
            assertThat(metadata).doesNotContain(BSN, "Velthuis", "Gerrit", "Kerkstraat", "1941", "Anna");

            List<PDFont> fonts = new ArrayList<>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void rendersAResidentWithoutSurnamePrefixOrAddressWithoutNull() throws IOException {
        var resident = new DeliverableIntake.Resident(BSN, "Gerrit", null, "Velthuis", LocalDate.of(1941, 3, 4),
                null, null, null, null);
        DeliverableIntake intake = withOpenMandate(intake(resident, "Kort gesprek."));

        String text = text(DOCUMENT.render(intake, "Dinkelland"));

        assertThat(text).contains("Naam Gerrit Velthuis", "Adres Niet ingevuld", "Geldig vanaf 1 februari 2026")
                .doesNotContain("null", "Gerrit  Velthuis");
    }

    @Test
    void compilesTheTemplateOnceForManyRenders() throws IOException {
        try (MockedStatic<JasperCompileManager> compiler = mockStatic(JasperCompileManager.class, CALLS_REAL_METHODS)) {
            IntakeDocument document = new IntakeDocument(messages());
            JasperReport first = null;
            for (int i = 0; i < 20; i++) {
                byte[] pdf = document.render(intake(resident("van"), "Gesprek " + i + "."), "Dinkelland");
                assertThat(text(pdf)).contains("Verslag van het gesprek Gesprek " + i + ".");
                JasperReport compiled = document.template().get();
                first = first == null ? compiled : first;
                assertThat(compiled).isSameAs(first);
            }
            compiler.verify(() -> JasperCompileManager.compileReport(any(InputStream.class)), times(1));
        }
    }

    private static ResourceBundleMessageSource messages() {
        // as Spring Boot configures the application's message source (spring.messages)
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/intakes");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static DeliverableIntake.Resident resident(String surnamePrefix) {
        return new DeliverableIntake.Resident(BSN, "Gerrit Jan", surnamePrefix, "Velthuis", LocalDate.of(1941, 3, 4),
                "Kerkstraat", "12a", "7591 AB", "Denekamp");
    }

    private static DeliverableIntake intake(DeliverableIntake.Resident resident, String conversationReport) {
        return new DeliverableIntake(UUID.randomUUID(), "WMO-2026-0042", MELDING, UUID.randomUUID(), "Denekamp", resident,
                "Ik kom de trap niet meer op en de boodschappen lukken niet.",
                List.of("mobility", "housing-adaptation", "carer-respite"), "soon", true, conversationReport,
                new DeliverableIntake.Supporter(UUID.randomUUID(), "Anna Supporter"),
                new DeliverableIntake.Mandate(UUID.randomUUID(), "B&W 2026/17", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2027, 1, 31)),
                new DeliverableIntake.Consent("naam, BSN, hulpvraag en gespreksverslag doorgeven",
                        "gemeente Dinkelland, team Wmo", MELDING, "mondeling"),
                null);
    }

    private static DeliverableIntake withMeldingDate(DeliverableIntake i, LocalDate meldingDate) {
        return new DeliverableIntake(i.intakeId(), i.reference(), meldingDate, i.villageId(), i.villageName(),
                i.resident(), i.request(), i.lifeDomains(), i.urgency(), i.personalPlanIntended(),
                i.conversationReport(), i.supporter(), i.mandate(), i.consent(), i.pdf());
    }

    private static DeliverableIntake withOpenMandate(DeliverableIntake i) {
        var mandate = new DeliverableIntake.Mandate(UUID.randomUUID(), "B&W 2026/17", LocalDate.of(2026, 2, 1), null);
        return new DeliverableIntake(i.intakeId(), i.reference(), i.meldingDate(), i.villageId(), i.villageName(),
                i.resident(), i.request(), i.lifeDomains(), i.urgency(), i.personalPlanIntended(),
                i.conversationReport(), i.supporter(), mandate, i.consent(), i.pdf());
    }

    /** Numbered sentences, so a lost or repeated piece shows, cut to exactly {@code length} characters. */
    private static String longReport(int length) {
        StringBuilder report = new StringBuilder();
        for (int n = 1; report.length() < length; n++) {
            report.append("Zin ").append(n).append(" van het gesprek: mevrouw vertelt over haar week en wat niet meer lukt. ");
        }
        return report.substring(0, length - 1) + ".";
    }

    /** The PDF's text in the order it was written (each label, then its value), whitespace collapsed. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalized(new PDFTextStripper().getText(document));
        }
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return normalized(stripper.getText(pdf));
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
