-- Referrals (F16): a supporter refers a resident to a professional or organisation, with the
-- resident's consent recorded in the same row (what, to whom, when, how, by whom) before anything
-- is saved, and the outcome fed back later as a history of status changes. Columns ending in _enc
-- are encrypted with the municipality's key (privacy module).

create table referral (
    id                  uuid        primary key,
    village_id          uuid        not null references village (id),
    resident_id         uuid        not null references resident (id),
    contact_id          uuid        references contact (id) on delete set null,
    supporter_id        uuid        not null,
    target_name_enc     text        not null,
    target_kind         varchar(30) not null,
    target_contact_enc  text,
    reason_enc          text,
    referred_on         date        not null,
    status              varchar(20) not null,
    status_on           date        not null,
    consent_what_enc      text        not null,
    consent_recipient_enc text        not null,
    consent_given_on      date        not null,
    consent_form          varchar(10) not null check (consent_form in ('VERBAL', 'WRITTEN')),
    consent_recorded_by   uuid        not null,
    consent_recorded_at   timestamptz not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0,
    check (consent_given_on <= referred_on),
    check (status_on >= referred_on)
);

create index referral_village_status on referral (village_id, status);
create index referral_resident on referral (resident_id);

-- Every status a referral went through, the first one (sent) included.
create table referral_outcome (
    id           uuid        primary key,
    referral_id  uuid        not null references referral (id) on delete cascade,
    status       varchar(20) not null,
    outcome_on   date        not null,
    note_enc     text,
    recorded_by  uuid        not null,
    recorded_at  timestamptz not null
);

create index referral_outcome_referral on referral_outcome (referral_id, recorded_at);
