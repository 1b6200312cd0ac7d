-- The platform inbox (delivery module): the municipality's own copy of an intake delivered to it,
-- the case file its WMO consultants work from. A copy, as a case system keeps one, so reading the
-- inbox does not depend on the intakes module. Personal data and free texts are encrypted with the
-- municipality's key (privacy module); the reference is unique so a second delivery changes nothing.
create table intake_inbox (
    intake_id               uuid primary key,
    reference               varchar(40)  not null unique,
    melding_date            date         not null,
    village_id              uuid         not null,
    village_name            varchar(200) not null,
    urgency                 varchar(20)  not null,
    life_domains            varchar(500) not null,
    personal_plan_intended  boolean      not null,
    resident_bsn            text         not null,
    resident_name           text         not null,
    resident_date_of_birth  text,
    resident_address        text,
    request                 text,
    conversation_report     text,
    supporter_name          text,
    mandate_reference       varchar(200),
    consent                 text,
    pdf_file_name           varchar(200) not null,
    pdf                     bytea        not null,
    received_at             timestamptz  not null,
    accepted_at             timestamptz
);

create index intake_inbox_melding_date on intake_inbox (melding_date);
