-- Volunteers (F9): the village's volunteers with their skills, availability and villages, their
-- certificates of conduct (VOG), help requests matched to them, the hours they log themselves
-- through a personal link, and the municipality's settings for VOGs. Columns ending in _enc are
-- encrypted with the municipality's key. A volunteer who stopped keeps her row for the figures
-- (hours, matches); her name and contact details are removed after the retention (anonymised_at).

create table volunteer (
    id                 uuid        primary key,
    first_name_enc     text,
    last_name_enc      text,
    phone_enc          text,
    email_enc          text,
    note_enc           text,
    consent_to_contact boolean     not null,
    started_on         date        not null,
    ended_on           date,
    registered_by      uuid        not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    anonymised_at      timestamptz,
    version            bigint      not null default 0,
    check (anonymised_at is not null or first_name_enc is not null),
    check (ended_on is null or ended_on >= started_on)
);

create table volunteer_village (
    volunteer_id uuid not null references volunteer (id) on delete cascade,
    village_id   uuid not null references village (id),
    primary key (volunteer_id, village_id)
);

create index volunteer_village_village on volunteer_village (village_id);

create table volunteer_skill (
    volunteer_id uuid        not null references volunteer (id) on delete cascade,
    skill        varchar(40) not null,
    primary key (volunteer_id, skill)
);

-- a day and part of the day she is usually available, e.g. TUESDAY_AFTERNOON
create table volunteer_availability (
    volunteer_id uuid        not null references volunteer (id) on delete cascade,
    slot         varchar(20) not null,
    primary key (volunteer_id, slot)
);

-- A certificate of conduct: issued on, valid until (issue date + the municipality's years at the
-- time it was recorded, so a later change of the setting does not move existing certificates).
create table volunteer_vog (
    id           uuid        primary key,
    volunteer_id uuid        not null references volunteer (id) on delete cascade,
    issued_on    date        not null,
    valid_until  date        not null check (valid_until > issued_on),
    recorded_by  uuid        not null,
    created_at   timestamptz not null
);

create index volunteer_vog_volunteer on volunteer_vog (volunteer_id, valid_until);

-- The municipality's VOG settings (one row, created on first change; defaults in the code).
create table volunteer_settings (
    id                    int         primary key check (id = 1),
    vog_validity_years    int         not null check (vog_validity_years between 1 and 10),
    renewal_window_months int         not null check (renewal_window_months between 1 and 12),
    updated_at            timestamptz not null
);

-- Whether a kind of work needs a valid VOG; a kind without a row uses the code's default.
create table volunteer_work_kind (
    kind         varchar(40) primary key,
    vog_required boolean     not null
);

-- A help request from a contact: what is needed, where and when; no names (the resident is
-- reached through the contact). resident_id is kept only to forget the description with her.
create table help_request (
    id                   uuid        primary key,
    village_id           uuid        not null references village (id),
    contact_id           uuid        not null references contact (id),
    resident_id          uuid        references resident (id),
    skill                varchar(40) not null,
    work_kind            varchar(40) not null,
    needed_on            date        not null,
    part_of_day          varchar(20) not null,
    description_enc      text,
    status               varchar(20) not null,
    volunteer_id         uuid        references volunteer (id),
    matched_at           timestamptz,
    matched_by           uuid,
    closed_at            timestamptz,
    created_by           uuid        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    anonymised_at        timestamptz,
    version              bigint      not null default 0,
    check ((status = 'OPEN') = (volunteer_id is null) or status = 'CANCELLED')
);

create index help_request_village on help_request (village_id, status);
create index help_request_volunteer on help_request (volunteer_id, matched_at);

-- Hours a volunteer logged herself, in quarters of an hour.
create table volunteer_hours (
    id           uuid        primary key,
    volunteer_id uuid        not null references volunteer (id) on delete cascade,
    village_id   uuid        not null references village (id),
    worked_on    date        not null,
    quarters     int         not null check (quarters between 1 and 96),
    activity     varchar(40) not null,
    note_enc     text,
    created_at   timestamptz not null
);

create index volunteer_hours_volunteer on volunteer_hours (volunteer_id, created_at);
create index volunteer_hours_village on volunteer_hours (village_id, worked_on);

-- A personal link to log hours: only the SHA-256 of its token is kept. One link is active per
-- volunteer; a new one revokes the old.
create table volunteer_link (
    id           uuid        primary key,
    volunteer_id uuid        not null references volunteer (id) on delete cascade,
    token_hash   char(64)    not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    expires_on   date,
    created_by   uuid        not null,
    created_at   timestamptz not null,
    revoked_at   timestamptz
);

create unique index volunteer_link_active on volunteer_link (volunteer_id) where revoked_at is null;
