-- The social map (sociale kaart, F6, F11): organisations, services, associations, initiatives,
-- facilities and professional partners that residents can be pointed to. It holds organisation
-- data only (no contact persons): nothing here is personal data, so nothing is encrypted.

create table social_map_entry (
    id                  uuid         primary key,
    kind                varchar(30)  not null,
    name                varchar(200) not null,
    description         text,
    -- API codes of the fixed lists (socialmap.Category, socialmap.TargetGroup)
    categories          text[]       not null check (cardinality(categories) > 0),
    target_groups       text[]       not null check (cardinality(target_groups) > 0),
    phone               varchar(20),
    email               varchar(254),
    website             varchar(300),
    address             varchar(200),
    opening_hours       varchar(500),
    whole_municipality  boolean      not null,
    public_entry        boolean      not null,
    source              varchar(200),
    -- the Dutch labels of the categories and target groups, written by the app, so the
    -- full-text search finds "mantelzorg" and "ouderen" as words
    search_terms        text         not null default '',
    search_vector       tsvector generated always as (
                            setweight(to_tsvector('dutch', name), 'A')
                            || setweight(to_tsvector('dutch', search_terms), 'B')
                            || setweight(to_tsvector('dutch', coalesce(description, '')), 'B')
                            || setweight(to_tsvector('dutch', coalesce(opening_hours, '') || ' ' || coalesce(address, '')), 'D')
                        ) stored,
    last_verified_at    timestamptz  not null,
    last_verified_by    uuid,
    -- the role she acted in (shown as "door de dorpsondersteuner"); colleagues are not named here
    last_verified_role  varchar(20),
    created_by          uuid,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);

create index social_map_entry_search on social_map_entry using gin (search_vector);
create index social_map_entry_categories on social_map_entry using gin (categories);
create index social_map_entry_verified on social_map_entry (last_verified_at);

-- The villages an entry serves; none when it serves the whole municipality.
create table social_map_entry_village (
    entry_id   uuid not null references social_map_entry (id) on delete cascade,
    village_id uuid not null references village (id),
    primary key (entry_id, village_id)
);

create index social_map_entry_village_village on social_map_entry_village (village_id);

-- When an entry counts as stale: one row per municipality, kept by the municipal administrator.
create table social_map_settings (
    id                 int         primary key check (id = 1),
    stale_after_months int         not null check (stale_after_months between 1 and 60),
    updated_at         timestamptz not null,
    updated_by         varchar(80),
    version            bigint      not null default 0
);

insert into social_map_settings (id, stale_after_months, updated_at) values (1, 12, now());

-- A CSV import with rejected rows, waiting for its uploader to import the valid rows or discard
-- them: kept in the database, so any replica of the app can finish it. The valid rows are kept as
-- CSV in the export's format (organisation data only); it expires after a day.
create table social_map_import (
    id          uuid         primary key,
    created_by  varchar(80)  not null, -- the uploader (token subject): only she sees and finishes it
    file_name   varchar(200),
    valid_rows  int          not null check (valid_rows > 0),
    rows_csv    text         not null,
    rejected    text         not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null
);

create index social_map_import_expiry on social_map_import (expires_at);
