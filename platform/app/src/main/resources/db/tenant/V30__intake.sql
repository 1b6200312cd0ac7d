-- WMO intakes (meldingen, issue #6): a mandated supporter takes a melding for the municipality,
-- started from a contact with a resident of her village. A draft may be incomplete; submitting it
-- checks everything, fixes the melding date (the statutory periods start there), records the
-- resident's consent and the mandate used, and queues the delivery (intake_delivery) in the same
-- transaction. Columns ending in _enc are encrypted with the municipality's key (privacy module);
-- the BSN is one of them and is never stored or shown in clear. When the personal data is removed
-- (retention, or the resident is forgotten) the row stays for the figures: village, dates, life
-- domains, urgency, anonymised_at.
create sequence intake_reference_seq;

create table intake (
    id                        uuid         primary key,
    reference                 varchar(40)  unique,
    status                    varchar(10)  not null check (status in ('DRAFT', 'SUBMITTED')),
    village_id                uuid         not null references village (id),
    resident_id               uuid         not null references resident (id),
    contact_id                uuid         references contact (id) on delete set null,
    supporter_id              uuid         not null references member (id),
    supporter_name            varchar(200),
    -- the mandate it was taken under, and as it read on submission (the record outlives a revocation)
    mandate_id                uuid         not null references mandate (id),
    mandate_decision          varchar(100),
    mandate_valid_from        date,
    mandate_valid_until       date,
    bsn_enc                   text,
    given_names_enc           text,
    surname_prefix_enc        text,
    surname_enc               text,
    date_of_birth_enc         text,
    street_enc                text,
    house_number_enc          text,
    postal_code_enc           text,
    city_enc                  text,
    request_enc               text,
    life_domains              varchar(200) not null default '',
    urgency                   varchar(10)  check (urgency in ('NORMAL', 'SOON', 'URGENT')),
    personal_plan_intended    boolean,
    conversation_report_enc   text,
    melding_date              date,
    consent_what_enc          text,
    consent_recipient_enc     text,
    consent_given_on          date,
    consent_form              varchar(10)  check (consent_form in ('VERBAL', 'WRITTEN')),
    consent_recorded_by       uuid,
    consent_recorded_at       timestamptz,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null,
    submitted_at              timestamptz,
    anonymised_at             timestamptz,
    version                   bigint       not null default 0,
    -- a submitted intake is complete: a reference, its melding date and the consent it rests on
    check (status = 'DRAFT' or (reference is not null and melding_date is not null and submitted_at is not null
        and consent_given_on is not null and consent_form is not null and consent_recorded_at is not null
        and urgency is not null and personal_plan_intended is not null and supporter_name is not null
        and mandate_decision is not null and mandate_valid_from is not null and mandate_valid_until is not null)),
    check (consent_given_on is null or melding_date is null or consent_given_on <= melding_date)
);

create index intake_village_status on intake (village_id, status);
create index intake_resident on intake (resident_id);
create index intake_melding_date on intake (melding_date) where status = 'SUBMITTED';
