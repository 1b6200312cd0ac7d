-- Onboarding and development of a supporter (job profile C1–C12): the municipality's checklist,
-- each supporter's progress on it, her private reflection log and her training record.

-- The municipality's checklist; retired items stay for the progress already recorded on them.
create table onboarding_item (
    id          uuid         primary key,
    title       varchar(120) not null,
    competence  varchar(3)   check (competence in ('C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10',
                                                   'C11', 'C12')),
    position    int          not null,
    retired_at  timestamptz,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);

-- The default checklist, one or two items per competence of the job profile; the municipal
-- administrator renames, reorders, retires and adds items.
insert into onboarding_item (id, title, competence, position, created_at, updated_at) values
    (gen_random_uuid(), 'Kennismaken met je begeleider en afspraken maken over reflectie', 'C1', 1, now(), now()),
    (gen_random_uuid(), 'Een gesprek over vraagverheldering oefenen of meelopen', 'C2', 2, now(), now()),
    (gen_random_uuid(), 'Je eigen grenzen bespreken met je begeleider', 'C3', 3, now(), now()),
    (gen_random_uuid(), 'Kennismaken met de Wmo-consulenten en het sociaal team', 'C4', 4, now(), now()),
    (gen_random_uuid(), 'De Wmo, Jeugdwet en Participatiewet in hoofdlijnen doornemen', 'C5', 5, now(), now()),
    (gen_random_uuid(), 'Het protocol bij crisis en calamiteiten in het dorp lezen', 'C6', 6, now(), now()),
    (gen_random_uuid(), 'Kennismaken met de klankbordgroep', 'C7', 7, now(), now()),
    (gen_random_uuid(), 'Kennismaken met de huisarts en de wijkverpleging', 'C8', 8, now(), now()),
    (gen_random_uuid(), 'Sociale kaart van je dorp doorlopen', 'C9', 9, now(), now()),
    (gen_random_uuid(), 'Verenigingen, kerken en groepen in het dorp bezoeken', 'C10', 10, now(), now()),
    (gen_random_uuid(), 'Uitleg over Naober en de andere systemen volgen', 'C11', 11, now(), now()),
    (gen_random_uuid(), 'Een eerste reflectie schrijven in je logboek', 'C12', 12, now(), now());

-- A supporter's progress: one row per item she has done; her note is hers alone (encrypted).
create table onboarding_progress (
    id         uuid        primary key,
    member_id  uuid        not null references member (id) on delete cascade,
    item_id    uuid        not null references onboarding_item (id),
    done_on    date        not null,
    note_enc   text,
    updated_at timestamptz not null,
    unique (member_id, item_id)
);

-- Her private reflection log (C1, C12): only she reads it.
create table reflection_entry (
    id         uuid        primary key,
    member_id  uuid        not null references member (id) on delete cascade,
    written_on date        not null,
    text_enc   text        not null,
    created_at timestamptz not null
);

create index reflection_entry_member on reflection_entry (member_id, written_on desc);

create table reflection_entry_competence (
    entry_id   uuid       not null references reflection_entry (id) on delete cascade,
    competence varchar(3) not null,
    primary key (entry_id, competence)
);

-- Her training record, which the municipality funds and so sees.
create table training (
    id                 uuid         primary key,
    member_id          uuid         not null references member (id) on delete cascade,
    title              varchar(200) not null,
    provider           varchar(200) not null,
    attended_on        date         not null,
    hours              numeric(5,1) not null check (hours > 0 and hours <= 1000),
    certificate_enc    text,
    created_at         timestamptz  not null
);

create index training_member on training (member_id, attended_on desc);

create table training_competence (
    training_id uuid       not null references training (id) on delete cascade,
    competence  varchar(3) not null,
    primary key (training_id, competence)
);
