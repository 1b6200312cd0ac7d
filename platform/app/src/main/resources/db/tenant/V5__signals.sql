-- Collective signals (F8, C7): many individual questions, one shared cause, raised by the supporter
-- for one of her villages and answered by the municipality or the sounding-board group. A signal
-- holds no personal data: its texts are written for the municipality (still encrypted at rest, as
-- every free text), and the contacts it is built on are linked by id and shown to others as a count.

-- When the platform suggests a signal: one row per municipality, kept by the municipal administrator.
create table signal_settings (
    id          int         primary key check (id = 1),
    threshold   int         not null check (threshold between 2 and 1000),
    period_days int         not null check (period_days between 7 and 365),
    updated_at  timestamptz not null,
    updated_by  varchar(80),
    version     bigint      not null default 0
);

insert into signal_settings (id, threshold, period_days, updated_at) values (1, 5, 30, now());

create table collective_signal (
    id                  uuid        primary key,
    village_id          uuid        not null references village (id),
    theme_code          varchar(40) not null,
    title_enc           text        not null,
    description_enc     text        not null,
    estimated_residents int         not null check (estimated_residents between 1 and 100000),
    addressee           varchar(20) not null,
    addressee_name_enc  text,
    status              varchar(10) not null,
    raised_by           uuid        not null,
    raised_on           date        not null,
    closed_at           timestamptz,
    closing_note_enc    text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0
);

create index collective_signal_village on collective_signal (village_id, status);

-- The contacts a signal is built on; a contact that is erased drops out of the count.
create table collective_signal_contact (
    signal_id  uuid not null references collective_signal (id) on delete cascade,
    contact_id uuid not null references contact (id) on delete cascade,
    primary key (signal_id, contact_id)
);

create table collective_signal_response (
    id                  uuid        primary key,
    signal_id           uuid        not null references collective_signal (id) on delete cascade,
    responder_role      varchar(20) not null,
    responder_name_enc  text        not null,
    responder_member_id uuid,
    text_enc            text        not null,
    created_at          timestamptz not null
);

create index collective_signal_response_signal on collective_signal_response (signal_id, created_at);
