-- Colleagues of the municipality who log in (their login lives in Keycloak; identity_id is its
-- user id, the "sub" of their tokens) and the villages they serve.
create table member (
    id          uuid         primary key,
    identity_id varchar(64)  not null unique,
    first_name  varchar(80)  not null,
    last_name   varchar(80)  not null,
    email       varchar(254) not null,
    role        varchar(20)  not null check (role in ('municipal-admin', 'supporter', 'sounding-board',
                                                       'wmo-consultant', 'policy-officer')),
    status      varchar(12)  not null check (status in ('ACTIVE', 'DEACTIVATED')),
    invited_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);

create unique index member_email_unique on member (lower(email));

create table member_village (
    member_id  uuid not null references member (id) on delete cascade,
    village_id uuid not null references village (id),
    primary key (member_id, village_id)
);

create index member_village_village on member_village (village_id);
