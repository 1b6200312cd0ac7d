package nl.naober.platform.delivery.email;

import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import nl.naober.platform.delivery.DeliverableIntake;
import nl.naober.platform.delivery.DeliveryEndpoints;
import nl.naober.platform.delivery.DeliveryProperties;
import nl.naober.platform.delivery.EmailSettings;
import nl.naober.platform.delivery.MunicipalityChannel;
import nl.naober.platform.delivery.PermanentDeliveryFailure;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mail channel: sends the intake's PDF to the municipality's WMO desk. The body names neither
 * the resident nor her BSN (e-mail may pass servers outside the municipality); the PDF carries them.
 * SMTP offers no way to ask whether a message arrived, so this channel is at-least-once: a resent
 * intake carries the same Message-ID, derived from the reference, so the desk (or its mail system)
 * recognises the duplicate.
 */
@Component
class EmailRoutes extends RouteBuilder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private final ObjectProvider<JavaMailSender> mailSender;
    private final DeliveryProperties properties;

    EmailRoutes(ObjectProvider<JavaMailSender> mailSender, DeliveryProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from(DeliveryEndpoints.EMAIL).routeId("deliver-email")
                .process(this::send);
    }

    private void send(Exchange exchange) throws Exception {
        MunicipalityChannel channel = properties.channelOf(DeliveryEndpoints.tenantOf(exchange));
        EmailSettings settings = channel.email();
        if (settings == null || blank(settings.to()) || blank(settings.from())) {
            throw new PermanentDeliveryFailure("De e-mailinstellingen van de gemeente zijn onvolledig (to/from)");
        }
        // without spring.mail.host there is no sender at all: a configuration gap, not a passing outage
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            throw new PermanentDeliveryFailure("Er is geen mailserver ingesteld (spring.mail.host)");
        }
        DeliverableIntake intake = exchange.getMessage().getMandatoryBody(DeliverableIntake.class);
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setTo(settings.to());
        helper.setFrom(settings.from());
        helper.setSubject("WMO-melding " + intake.reference());
        helper.setText(body(intake), false);
        helper.addAttachment(intake.pdf().fileName(), new ByteArrayResource(intake.pdf().content()),
                intake.pdf().mediaType());
        message.saveChanges();
        // after saveChanges, which would otherwise replace it with a random one
        message.setHeader("Message-ID", messageId(intake.reference(), settings.from()));
        try {
            mail.send(message);
        } catch (MailAuthenticationException refused) {
            // wrong credentials do not heal by retrying; the admin must fix the configuration
            throw new PermanentDeliveryFailure("De mailserver weigert de aanmelding: " + refused.getMessage(), refused);
        }
    }

    static String messageId(String reference, String from) {
        String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "naober.nl";
        return "<intake-" + UUID.nameUUIDFromBytes(reference.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "@" + domain + ">";
    }

    static String body(DeliverableIntake intake) {
        return """
                Beste collega,

                Namens de gemeente is onder mandaat een WMO-melding opgenomen.

                Kenmerk: %s
                Datum melding: %s
                Dorp: %s
                Urgentie: %s

                De melding zelf, met de gegevens van de inwoner, staat in de bijgevoegde PDF.
                Om de privacy van de inwoner te beschermen staan die gegevens niet in dit bericht.
                Krijgt u deze melding twee keer (met hetzelfde kenmerk), dan is het dezelfde melding.

                Naober""".formatted(intake.reference(), DATE.format(intake.meldingDate()), intake.villageName(),
                urgency(intake.urgency()));
    }

    private static String urgency(String code) {
        return switch (code == null ? "" : code) {
            case "urgent" -> "spoed";
            case "soon" -> "binnenkort";
            case "normal" -> "normaal";
            default -> code;
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
