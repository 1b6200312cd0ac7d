-- Informal carers (F15): the carer register of the supporter's villages and the municipality's
-- annual carer appreciation (mantelzorgwaardering). Columns ending in _enc are encrypted with the
-- municipality's key. A carer may be a resident the supporter already knows (resident_id) or just
-- a name; whom she cares for may be a resident of the village too.

create table carer (
    id                        uuid        primary key,
    village_id                uuid        not null references village (id),
    resident_id               uuid        references resident (id),
    name_enc                  text,
    contact_enc               text,
    cares_for_relation        varchar(20) not null,
    cares_for_resident_id     uuid        references resident (id),
    burden                    varchar(20) not null,
    hours_per_week            int         check (hours_per_week between 1 and 168),
    referred_to_carer_support boolean     not null,
    referred_on               date,
    started_on                date        not null,
    registered_by             uuid        not null,
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    version                   bigint      not null default 0,
    check (resident_id is not null or name_enc is not null),
    check (referred_to_carer_support = (referred_on is not null))
);

create index carer_village on carer (village_id);

create table carer_support (
    carer_id uuid        not null references carer (id) on delete cascade,
    support  varchar(40) not null,
    primary key (carer_id, support)
);

-- A carer registered for the appreciation of one year. Name and postal address are what the
-- municipality needs to send the appreciation; they leave the village only with the carer's consent,
-- recorded in the same row.
create table carer_appreciation (
    id                    uuid        primary key,
    carer_id              uuid        not null references carer (id) on delete cascade,
    year                  int         not null check (year between 2000 and 2100),
    village_id            uuid        not null references village (id),
    registered_on         date        not null,
    how                   varchar(30) not null,
    status                varchar(20) not null,
    name_enc              text        not null,
    postal_address_enc    text        not null,
    consent_what_enc      text        not null,
    consent_recipient_enc text        not null,
    consent_given_on      date        not null,
    consent_form          varchar(10) not null check (consent_form in ('VERBAL', 'WRITTEN')),
    consent_recorded_by   uuid        not null,
    consent_recorded_at   timestamptz not null,
    registered_by         uuid        not null,
    created_at            timestamptz not null,
    version               bigint      not null default 0,
    unique (carer_id, year)
);

create index carer_appreciation_year on carer_appreciation (year);
