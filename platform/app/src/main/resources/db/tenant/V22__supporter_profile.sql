-- The supporter's public profile (F1): what she chooses to show residents on the public pages of
-- the villages she serves — name as she wants it shown, photo, languages and dialects, how and when
-- to reach her. One profile per supporter per municipality; shown only while published. Not
-- encrypted: every field is meant for publication by the supporter herself (see docs/security.md).
create table supporter_profile (
    member_id        uuid         primary key references member (id) on delete cascade,
    display_name     varchar(120) not null,
    languages_other  varchar(200),
    phone            varchar(40),
    email            varchar(254),
    office_hours     varchar(500),
    published        boolean      not null default false,
    photo            bytea,
    photo_etag       varchar(64),
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    check ((photo is null) = (photo_etag is null))
);

create table supporter_profile_language (
    member_id uuid        not null references supporter_profile (member_id) on delete cascade,
    language  varchar(30) not null,
    primary key (member_id, language)
);
