-- Delivery of submitted WMO intakes (delivery module): the outbox row written in the transaction
-- that submits the intake, the worker's claim (a lease, so a delivery whose worker died is taken
-- again), the attempts, and what the municipality did with it afterwards. No personal data here.
create table intake_delivery (
    intake_id                  uuid primary key,
    reference                  varchar(40)   not null unique,
    channel                    varchar(10)   not null check (channel in ('ZGW', 'INBOX', 'EMAIL')),
    status                     varchar(10)   not null check (status in ('QUEUED', 'DELIVERED', 'FAILED')),
    attempts                   integer       not null default 0,
    queued_at                  timestamptz   not null,
    next_attempt_at            timestamptz   not null,
    claimed_until              timestamptz,
    last_attempt_at            timestamptz,
    delivered_at               timestamptz,
    failure_reason             varchar(2000),
    case_identification        varchar(40),
    case_url                   varchar(1000),
    case_status                varchar(200),
    case_status_at             timestamptz,
    investigation_completed_on date,
    application_received_on    date,
    decided_on                 date
);

-- the worker's claim query: queued and due, oldest first
create index intake_delivery_due on intake_delivery (next_attempt_at) where status = 'QUEUED';
create index intake_delivery_case_url on intake_delivery (case_url);
