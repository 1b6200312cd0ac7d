-- Village activities (F2 cohesion): what took place, how many took part, the volunteers and their
-- hours, and the supporter's own minutes; input for the accountability reports. Counts only, no
-- participants' names; the note is free text and encrypted.

create table activity (
    id                uuid         primary key,
    village_id        uuid         not null references village (id),
    kind              varchar(30)  not null,
    title             varchar(120) not null,
    held_on           date         not null,
    participants      int          not null check (participants between 0 and 10000),
    volunteers        int          not null check (volunteers between 0 and 1000),
    volunteer_hours   int          not null check (volunteer_hours between 0 and 10000),
    supporter_minutes int          not null check (supporter_minutes between 0 and 1440),
    initiative_id     uuid         references initiative (id),
    association_id    uuid         references association (id),
    note_enc          text,
    recorded_by       uuid         not null,
    created_at        timestamptz  not null,
    version           bigint       not null default 0
);

create index activity_village_date on activity (village_id, held_on);
