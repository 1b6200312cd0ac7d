package nl.naober.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=" + EmailDeliveryIntegrationTests.SMTP_PORT,
        "naober.delivery.municipalities.postdorp.channel=EMAIL",
        "naober.delivery.municipalities.postdorp.email.to=wmo@postdorp.example",
        "naober.delivery.municipalities.postdorp.email.from=naober@naober.example",
        "naober.delivery.municipalities.halfdorp.channel=EMAIL"})
class EmailDeliveryIntegrationTests {

    static final int SMTP_PORT = 33025;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @Autowired
    ProducerTemplate camel;

    @Test
    void theDeskReceivesThePdfAndABodyWithoutBsnOrName() throws Exception {
        DeliverableIntake intake = Intakes.intake("MLD-2026-0042", LocalDate.of(2026, 11, 30));

        camel.requestBodyAndHeader(DeliveryEndpoints.EMAIL, intake, DeliveryEndpoints.TENANT, "postdorp");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).contains("MLD-2026-0042");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("wmo@postdorp.example");
        assertThat(mail.getMessageID()).contains("naober.example");
        Multipart parts = (Multipart) mail.getContent();
        String all = GreenMailUtil.getWholeMessage(mail);
        assertThat(all).doesNotContain(Intakes.BSN).doesNotContain("Velthuis").doesNotContain("Gerrit");
        String body = GreenMailUtil.getBody(parts.getBodyPart(0));
        assertThat(body).contains("mandaat").contains("Denekamp").contains("PDF");
        boolean pdfAttached = false;
        for (int i = 0; i < parts.getCount(); i++) {
            pdfAttached |= ("melding-MLD-2026-0042.pdf").equals(parts.getBodyPart(i).getFileName());
        }
        assertThat(pdfAttached).isTrue();
    }

    @Test
    void aResentIntakeCarriesTheSameMessageId() throws Exception {
        DeliverableIntake intake = Intakes.intake("MLD-2026-0043", LocalDate.of(2026, 11, 30));

        camel.requestBodyAndHeader(DeliveryEndpoints.EMAIL, intake, DeliveryEndpoints.TENANT, "postdorp");
        camel.requestBodyAndHeader(DeliveryEndpoints.EMAIL, intake, DeliveryEndpoints.TENANT, "postdorp");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID());
    }

    @Test
    void missingSettingsAreAPermanentFailure() {
        DeliverableIntake intake = Intakes.intake("MLD-2026-0044", LocalDate.of(2026, 11, 30));

        assertThatThrownBy(() -> camel.requestBodyAndHeader(DeliveryEndpoints.EMAIL, intake, DeliveryEndpoints.TENANT,
                "halfdorp"))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(PermanentDeliveryFailure.class);
    }

    @Test
    void anSmtpServerThatIsDownGivesAFailureThatIsRetried() {
        smtp.stop();
        DeliverableIntake intake = Intakes.intake("MLD-2026-0045", LocalDate.of(2026, 11, 30));

        assertThatThrownBy(() -> camel.requestBodyAndHeader(DeliveryEndpoints.EMAIL, intake, DeliveryEndpoints.TENANT,
                "postdorp"))
                .isInstanceOf(CamelExecutionException.class)
                .satisfies(e -> assertThat(e.getCause()).isNotInstanceOf(PermanentDeliveryFailure.class));
    }
}
