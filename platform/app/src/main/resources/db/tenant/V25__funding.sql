-- Funding (subsidie, issue #7): per village per year what the municipality granted (euros), the
-- hours budget and the hourly rate of the supporter's organisation, set by the municipal
-- administrator; and costs besides the hours (date, description, amount). What was spent is
-- derived: the supporter's registered hours × the rate + the costs.
create table funding_grant (
    id             uuid          primary key,
    village_id     uuid          not null references village (id),
    year           int           not null check (year between 2000 and 2100),
    granted_amount numeric(12, 2) not null check (granted_amount >= 0),
    hours_budget   numeric(7, 1) not null check (hours_budget >= 0),
    hourly_rate    numeric(8, 2) not null check (hourly_rate >= 0),
    updated_by     varchar(80)   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    unique (village_id, year)
);

-- A cost besides the supporter's hours (a room, materials, an activity). The description is free
-- text written for the accounts; it should hold no personal data and is encrypted at rest.
create table funding_cost (
    id              uuid           primary key,
    village_id      uuid           not null references village (id),
    year            int            not null check (year between 2000 and 2100),
    cost_date       date           not null,
    description_enc text           not null,
    amount          numeric(12, 2) not null check (amount > 0),
    recorded_by     varchar(80)    not null,
    recorded_at     timestamptz    not null,
    check (extract(year from cost_date) = year)
);

create index funding_cost_village_year on funding_cost (village_id, year);
