-- The platform schema: the registry of municipalities (tenants). Never holds residents' data.
create table tenant (
    slug            varchar(40)  primary key,
    name            varchar(100) not null,
    cbs_code        char(6)      not null unique check (cbs_code ~ '^GM[0-9]{4}$'),
    rsin            char(9)      not null check (rsin ~ '^[0-9]{9}$'),
    status          varchar(20)  not null check (status in ('PROVISIONING', 'ACTIVE', 'OFFBOARDING', 'OFFBOARDED')),
    registered_at   timestamptz  not null,
    activated_at    timestamptz,
    offboarded_at   timestamptz,
    export_location text,
    export_sha256   char(64)
);

create index tenant_status on tenant (status);

-- The search_path of every pooled connection that serves no tenant. It stays empty, so a query
-- without a tenant fails with "relation does not exist" instead of reaching public or a tenant.
create schema if not exists naober_no_tenant;
