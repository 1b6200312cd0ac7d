-- Initiatives (F10) and associations (F11) of the villages. Columns ending in _enc are encrypted
-- with the municipality's key: free text (it may name someone despite the hints) and the contact
-- details of an association's contact persons. Initiatives name no initiators: a kind of group only.

create table initiative (
    id              uuid         primary key,
    village_id      uuid         not null references village (id),
    name            varchar(120) not null,
    description_enc text,
    initiators      varchar(30)  not null,
    theme_code      varchar(60),
    status          varchar(20)  not null,
    status_since    date         not null,
    created_by      uuid         not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);

create index initiative_village on initiative (village_id);

-- Every status an initiative had, from its first; the current one is also on the initiative.
create table initiative_status_change (
    id            uuid        primary key,
    initiative_id uuid        not null references initiative (id) on delete cascade,
    status        varchar(20) not null,
    changed_on    date        not null,
    note_enc      text,
    changed_by    uuid        not null,
    created_at    timestamptz not null
);

create index initiative_status_change_initiative on initiative_status_change (initiative_id);

-- Support the supporter gave: advice, a funding application, volunteers, space, other. Amounts in
-- euros with cents, only for a funding application.
create table initiative_support (
    id               uuid          primary key,
    initiative_id    uuid          not null references initiative (id) on delete cascade,
    kind             varchar(30)   not null,
    given_on         date          not null,
    minutes          int           not null check (minutes between 0 and 2400),
    note_enc         text,
    requested_amount numeric(12, 2) check (requested_amount >= 0),
    granted_amount   numeric(12, 2) check (granted_amount >= 0),
    recorded_by      uuid          not null,
    created_at       timestamptz   not null,
    check (kind = 'FUNDING_APPLICATION' or (requested_amount is null and granted_amount is null))
);

create index initiative_support_initiative on initiative_support (initiative_id);

create table association (
    id         uuid         primary key,
    name       varchar(150) not null,
    kind       varchar(30)  not null,
    created_by uuid         not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0
);

-- The villages an association works in (at least one); a supporter sees it through any of them.
create table association_village (
    association_id uuid not null references association (id) on delete cascade,
    village_id     uuid not null references village (id),
    primary key (association_id, village_id)
);

create index association_village_village on association_village (village_id);

-- A contact person is kept while she is one; removing her deletes the row.
create table association_contact_person (
    id             uuid        primary key,
    association_id uuid        not null references association (id) on delete cascade,
    name_enc       text        not null,
    role_enc       text,
    phone_enc      text,
    email_enc      text,
    created_by     uuid        not null,
    created_at     timestamptz not null
);

create index association_contact_person_association on association_contact_person (association_id);

-- The contact log: subject and summary are removed after the retention (the date, channel and
-- follow-up stay for the counts).
create table association_contact (
    id             uuid        primary key,
    association_id uuid        not null references association (id) on delete cascade,
    contact_date   date        not null,
    channel        varchar(20) not null,
    subject_enc    text,
    summary_enc    text,
    follow_up_on   date,
    recorded_by    uuid        not null,
    created_at     timestamptz not null,
    text_removed_on date
);

create index association_contact_association on association_contact (association_id);
