-- Villages (dorpen/kernen) of one municipality. Runs inside the tenant schema t_<slug>.
create table village (
    id         uuid         primary key,
    name       varchar(80)  not null,
    status     varchar(10)  not null check (status in ('ACTIVE', 'ARCHIVED')),
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0
);

create unique index village_name_unique on village (lower(name));

-- The village's function profile: which of F1–F18 of the job profile apply here.
create table village_function (
    village_id    uuid       not null references village (id) on delete cascade,
    function_code varchar(3) not null check (function_code ~ '^F([1-9]|1[0-8])$'),
    primary key (village_id, function_code)
);
