-- Retention per record type, chosen by the municipality (dataprotection module). A record type
-- without a row keeps the default its module declares. The bounds are those of RetentionRule:
-- 6 to 120 months.
create table retention_setting (
    record_type varchar(40)  primary key check (record_type ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    months      int          not null check (months between 6 and 120),
    updated_at  timestamptz  not null,
    updated_by  varchar(255) not null
);

-- What the retention job looks for: residents not anonymised, by last contact; contact texts by date.
create index resident_retention on resident (last_contact_on) where anonymised_at is null;
create index contact_summary_retention on contact (contact_date) where summary_enc is not null;
