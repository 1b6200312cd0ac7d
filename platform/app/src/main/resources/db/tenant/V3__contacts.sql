-- The supporter's workspace: residents, contacts (hulpvragen/contactmomenten), themes, follow-ups
-- and care networks. Columns ending in _enc hold personal data encrypted with the municipality's
-- key (privacy module); they are never searched or compared in SQL.

-- Themes of contacts; the municipality configures its own list (seeded with the common ones).
create table contact_theme (
    id         uuid        primary key,
    code       varchar(40) not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    label      varchar(80) not null,
    active     boolean     not null default true,
    position   int         not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);

insert into contact_theme (id, code, label, position, created_at, updated_at) values
    (gen_random_uuid(), 'eenzaamheid', 'Eenzaamheid', 10, now(), now()),
    (gen_random_uuid(), 'armoede-geldzorgen', 'Armoede en geldzorgen', 20, now(), now()),
    (gen_random_uuid(), 'laaggeletterdheid', 'Laaggeletterdheid', 30, now(), now()),
    (gen_random_uuid(), 'mantelzorg', 'Mantelzorg', 40, now(), now()),
    (gen_random_uuid(), 'wonen', 'Wonen', 50, now(), now()),
    (gen_random_uuid(), 'mobiliteit', 'Mobiliteit en vervoer', 60, now(), now()),
    (gen_random_uuid(), 'gezondheid', 'Gezondheid', 70, now(), now()),
    (gen_random_uuid(), 'veiligheid', 'Veiligheid', 80, now(), now()),
    (gen_random_uuid(), 'digitale-vaardigheden', 'Digitale vaardigheden', 90, now(), now()),
    (gen_random_uuid(), 'meedoen', 'Meedoen in het dorp', 100, now(), now()),
    (gen_random_uuid(), 'zorg-en-ondersteuning', 'Zorg en ondersteuning', 110, now(), now()),
    (gen_random_uuid(), 'overig', 'Overig', 1000, now(), now());

-- A resident the supporter keeps in touch with. Only what is needed: a name, and contact details
-- and address when the resident gives them. The pseudonym is what lists show.
create table resident (
    id              uuid         primary key,
    village_id      uuid         not null references village (id),
    pseudonym       varchar(12)  not null unique,
    initials        varchar(8)   not null,
    name_enc        text,
    phone_enc       text,
    email_enc       text,
    address_enc     text,
    created_at      timestamptz  not null,
    created_by      uuid         not null,
    updated_at      timestamptz  not null,
    last_contact_on date,
    anonymised_at   timestamptz,
    version         bigint       not null default 0
);

create index resident_village on resident (village_id);

create table contact (
    id                uuid        primary key,
    village_id        uuid        not null references village (id),
    resident_id       uuid        references resident (id),
    supporter_id      uuid        not null,
    contact_date      date        not null,
    channel           varchar(20) not null,
    route             varchar(20) not null,
    minutes           int         not null check (minutes between 1 and 600),
    function_code     varchar(3)  not null check (function_code ~ '^F([1-9]|1[0-8])$'),
    summary_enc       text,
    follow_up_on      date,
    follow_up_done_at timestamptz,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    check (follow_up_on is null or follow_up_on >= contact_date)
);

create index contact_village_date on contact (village_id, contact_date);
create index contact_resident on contact (resident_id);
create index contact_open_follow_up on contact (supporter_id, follow_up_on) where follow_up_done_at is null;

create table contact_theme_link (
    contact_id uuid not null references contact (id) on delete cascade,
    theme_id   uuid not null references contact_theme (id),
    primary key (contact_id, theme_id)
);

create index contact_theme_link_theme on contact_theme_link (theme_id);

-- Signals the supporter noticed during the contact (F7), from a fixed list.
create table contact_noticed_signal (
    contact_id uuid        not null references contact (id) on delete cascade,
    signal     varchar(30) not null,
    primary key (contact_id, signal)
);

-- Who helps the resident (F13): family, neighbours, volunteers, professionals.
create table care_network_member (
    id           uuid        primary key,
    resident_id  uuid        not null references resident (id) on delete cascade,
    relation     varchar(20) not null,
    name_enc     text        not null,
    contact_enc  text,
    note_enc     text,
    created_at   timestamptz not null
);

create index care_network_member_resident on care_network_member (resident_id);
