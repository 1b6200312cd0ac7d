package nl.naober.platform.delivery.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.naober.platform.delivery.DeliverableIntake;
import nl.naober.platform.privacy.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's inbox copies of delivered intakes, in the current tenant's schema. */
@Component
class InboxIntakes {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    InboxIntakes(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Stores the copy unless the municipality already has this intake: a redelivery (the worker died
     * after storing, before marking it delivered) must change nothing, so it is {@code on conflict do nothing}.
     *
     * @return whether this call stored it
     */
    @Transactional
    boolean store(DeliverableIntake intake) {
        DeliverableIntake.Resident resident = intake.resident();
        DeliverableIntake.Consent consent = intake.consent();
        int rows = jdbc.sql("""
                insert into intake_inbox (intake_id, reference, melding_date, village_id, village_name, urgency,
                    life_domains, personal_plan_intended, resident_bsn, resident_name, resident_date_of_birth,
                    resident_address, request, conversation_report, supporter_name, mandate_reference, consent,
                    pdf_file_name, pdf, received_at)
                values (:id, :reference, :melding, :villageId, :villageName, :urgency, :domains, :plan, :bsn, :name,
                    :birth, :address, :request, :report, :supporter, :mandate, :consent, :pdfName, :pdf, :now)
                on conflict do nothing""")
                .param("id", intake.intakeId())
                .param("reference", intake.reference())
                .param("melding", intake.meldingDate())
                .param("villageId", intake.villageId())
                .param("villageName", intake.villageName())
                .param("urgency", intake.urgency())
                .param("domains", String.join(",", intake.lifeDomains()))
                .param("plan", intake.personalPlanIntended())
                .param("bsn", cipher.encrypt(resident.bsn()))
                .param("name", cipher.encrypt(joined(" ", resident.givenNames(), resident.surnamePrefix(),
                        resident.surname())))
                .param("birth", cipher.encrypt(resident.dateOfBirth() == null ? null : resident.dateOfBirth().toString()))
                .param("address", cipher.encrypt(joined(", ", joined(" ", resident.street(), resident.houseNumber()),
                        joined(" ", resident.postalCode(), resident.city()))))
                .param("request", cipher.encrypt(intake.request()))
                .param("report", cipher.encrypt(intake.conversationReport()))
                .param("supporter", cipher.encrypt(intake.supporter() == null ? null : intake.supporter().name()))
                .param("mandate", intake.mandate() == null ? null : intake.mandate().decisionReference())
                .param("consent", cipher.encrypt(consent == null ? null
                        : joined("; ", consent.what(), consent.recipient(), String.valueOf(consent.givenOn()), consent.form())))
                .param("pdfName", intake.pdf().fileName())
                .param("pdf", intake.pdf().content())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return rows == 1;
    }

    private static String joined(String separator, String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
