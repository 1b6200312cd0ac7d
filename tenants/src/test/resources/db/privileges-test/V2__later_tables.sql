-- A migration that comes after a schema was first provisioned (tests of the app role's privileges).
create table later_note (
    id   uuid primary key,
    text varchar(200) not null
);

-- Append-only for the app, as the audit log will be: the migration takes UPDATE and DELETE away.
create table append_only_entry (
    id   uuid primary key,
    text varchar(200) not null
);

revoke update, delete, truncate on append_only_entry from ${appRole};
