package nl.naober.platform.intakes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.platform.consent.ConsentRecord;
import nl.naober.platform.privacy.EncryptedText;

/**
 * A WMO intake (melding): a draft of the supporter's, or once submitted the municipality's melding,
 * which no longer changes. Everything that identifies the resident or tells her story is encrypted.
 */
@Entity
@Table(name = "intake")
class Intake {

    @Id
    private UUID id;

    private String reference;

    @Enumerated(EnumType.STRING)
    private IntakeStatus status;

    private UUID villageId;

    private UUID residentId;

    private UUID contactId;

    private UUID supporterId;

    private String supporterName;

    private UUID mandateId;

    @Column(name = "mandate_decision")
    private String mandateDecision;

    private LocalDate mandateValidFrom;

    private LocalDate mandateValidUntil;

    @Column(name = "bsn_enc")
    @Convert(converter = EncryptedText.class)
    private String bsn;

    @Column(name = "given_names_enc")
    @Convert(converter = EncryptedText.class)
    private String givenNames;

    @Column(name = "surname_prefix_enc")
    @Convert(converter = EncryptedText.class)
    private String surnamePrefix;

    @Column(name = "surname_enc")
    @Convert(converter = EncryptedText.class)
    private String surname;

    /** ISO date, encrypted: with a name and an address it identifies her. */
    @Column(name = "date_of_birth_enc")
    @Convert(converter = EncryptedText.class)
    private String dateOfBirth;

    @Column(name = "street_enc")
    @Convert(converter = EncryptedText.class)
    private String street;

    @Column(name = "house_number_enc")
    @Convert(converter = EncryptedText.class)
    private String houseNumber;

    @Column(name = "postal_code_enc")
    @Convert(converter = EncryptedText.class)
    private String postalCode;

    @Column(name = "city_enc")
    @Convert(converter = EncryptedText.class)
    private String city;

    @Column(name = "request_enc")
    @Convert(converter = EncryptedText.class)
    private String request;

    /** Constant names, comma separated; no personal data, so kept for the figures. */
    private String lifeDomains;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    private Boolean personalPlanIntended;

    @Column(name = "conversation_report_enc")
    @Convert(converter = EncryptedText.class)
    private String conversationReport;

    private LocalDate meldingDate;

    @Embedded
    private ConsentRecord consent;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant submittedAt;

    private Instant anonymisedAt;

    @Version
    private long version;

    protected Intake() {
    }

    Intake(UUID id, UUID villageId, UUID residentId, UUID contactId, UUID supporterId, UUID mandateId,
            IntakeFacts facts, Instant now) {
        this.id = id;
        this.status = IntakeStatus.DRAFT;
        this.villageId = villageId;
        this.residentId = residentId;
        this.contactId = contactId;
        this.supporterId = supporterId;
        this.mandateId = mandateId;
        this.createdAt = now;
        write(facts, now);
    }

    /** Replaces the draft's content. */
    void write(IntakeFacts facts, Instant now) {
        bsn = facts.bsn();
        givenNames = facts.givenNames();
        surnamePrefix = facts.surnamePrefix();
        surname = facts.surname();
        dateOfBirth = facts.dateOfBirth() == null ? null : facts.dateOfBirth().toString();
        street = facts.street();
        houseNumber = facts.houseNumber();
        postalCode = facts.postalCode();
        city = facts.city();
        request = facts.request();
        lifeDomains = facts.lifeDomains().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        urgency = facts.urgency();
        personalPlanIntended = facts.personalPlanIntended();
        conversationReport = facts.conversationReport();
        updatedAt = now;
    }

    void submit(Submission submission, ConsentRecord consent) {
        status = IntakeStatus.SUBMITTED;
        reference = submission.reference();
        meldingDate = submission.meldingDate();
        supporterName = submission.supporterName();
        mandateId = submission.mandate().id();
        mandateDecision = submission.mandate().decisionReference();
        mandateValidFrom = submission.mandate().validFrom();
        mandateValidUntil = submission.mandate().validUntil();
        this.consent = consent;
        submittedAt = submission.at();
        updatedAt = submission.at();
    }

    IntakeFacts facts() {
        return new IntakeFacts(bsn, givenNames, surnamePrefix, surname,
                dateOfBirth == null ? null : LocalDate.parse(dateOfBirth), street, houseNumber, postalCode, city,
                request, lifeDomainSet(), urgency, personalPlanIntended, conversationReport);
    }

    Set<LifeDomain> lifeDomainSet() {
        Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
        if (lifeDomains != null && !lifeDomains.isEmpty()) {
            Arrays.stream(lifeDomains.split(",")).map(LifeDomain::valueOf).forEach(domains::add);
        }
        return domains;
    }

    boolean draft() {
        return status == IntakeStatus.DRAFT;
    }

    UUID id() {
        return id;
    }

    String reference() {
        return reference;
    }

    IntakeStatus status() {
        return status;
    }

    UUID villageId() {
        return villageId;
    }

    UUID residentId() {
        return residentId;
    }

    UUID contactId() {
        return contactId;
    }

    UUID supporterId() {
        return supporterId;
    }

    String supporterName() {
        return supporterName;
    }

    UUID mandateId() {
        return mandateId;
    }

    String mandateDecision() {
        return mandateDecision;
    }

    LocalDate mandateValidFrom() {
        return mandateValidFrom;
    }

    LocalDate mandateValidUntil() {
        return mandateValidUntil;
    }

    String bsn() {
        return bsn;
    }

    Urgency urgency() {
        return urgency;
    }

    Boolean personalPlanIntended() {
        return personalPlanIntended;
    }

    LocalDate meldingDate() {
        return meldingDate;
    }

    ConsentRecord consent() {
        return consent;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }
}
