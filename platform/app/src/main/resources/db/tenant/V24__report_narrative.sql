-- Reports (issue #7): the supporter's own account of a village's year, shown in the village report
-- and in the public annual report. It is written for the municipality and the residents and must
-- hold no personal data; being free text it is encrypted at rest all the same (text_enc).
create table report_narrative (
    id         uuid        primary key,
    village_id uuid        not null references village (id),
    year       int         not null check (year between 2000 and 2100),
    text_enc   text        not null,
    updated_by uuid        not null,
    updated_at timestamptz not null,
    version    bigint      not null default 0,
    unique (village_id, year)
);
