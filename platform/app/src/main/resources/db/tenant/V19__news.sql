-- Knowledge feed (F17): short news items of the municipality for its supporters (local and
-- national developments in housing, welfare and care). No personal data: the texts are written
-- for colleagues, like a newsletter, so they are stored as plain text.
create table news_item (
    id             uuid         primary key,
    title          varchar(120) not null,
    body           varchar(2000) not null,
    topic          varchar(10)  not null check (topic in ('HOUSING', 'WELFARE', 'CARE', 'OTHER')),
    scope          varchar(10)  not null check (scope in ('LOCAL', 'NATIONAL')),
    link           varchar(500),
    publish_on     date         not null,
    show_until     date,
    all_villages   boolean      not null,
    withdrawn_at   timestamptz,
    created_by     uuid,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    check (show_until is null or show_until >= publish_on)
);

create index news_item_publish_on on news_item (publish_on desc);

-- The villages an item is for when it is not for all of them.
create table news_item_village (
    news_item_id uuid not null references news_item (id) on delete cascade,
    village_id   uuid not null references village (id),
    primary key (news_item_id, village_id)
);
