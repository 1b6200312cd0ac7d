-- Contact requests from the public contact form of a village (F5, F12): a resident asks the
-- village's supporter to contact her. Name, phone, e-mail, message and preferred time are
-- encrypted with the municipality's key (_enc). A handled request is deleted after the
-- municipality's retention for 'contact-request'; an unhandled one stays until it is handled.
create table contact_request (
    id                 uuid        primary key,
    village_id         uuid        not null references village (id),
    name_enc           text,
    phone_enc          text,
    email_enc          text,
    message_enc        text        not null,
    preferred_time_enc text,
    consent_given_at   timestamptz not null,
    received_at        timestamptz not null,
    handled_at         timestamptz,
    handled_by         uuid,
    version            bigint      not null default 0,
    check (phone_enc is not null or email_enc is not null),
    check ((handled_at is null) = (handled_by is null))
);

create index contact_request_village on contact_request (village_id, received_at desc);
create index contact_request_handled on contact_request (handled_at) where handled_at is not null;

-- The public form's rate limit, shared by every replica: one row per stored request with a keyed
-- hash (HMAC with a key derived from the server's master key) of the sender's address, never the
-- address itself. Rows older than a day are purged with every submission.
create table contact_request_attempt (
    address_hash char(64)    not null,
    village_id   uuid        not null,
    attempted_at timestamptz not null
);

create index contact_request_attempt_address on contact_request_attempt (address_hash, attempted_at);
create index contact_request_attempt_village on contact_request_attempt (village_id, attempted_at);
