-- Mandates (issue #6): the municipal admin authorises a supporter to act on the municipality's
-- behalf (take a WMO intake, process the BSN, draft the report of the conversation) in some of
-- its villages, for a period, on a municipal decision (besluit). A revoked mandate stays, with
-- its reason, for the record: every intake points at the mandate it was taken under. granted_by
-- and revoked_by hold the admin's login id (the sub of her token): an admin need not be a member.
create table mandate (
    id                 uuid         primary key,
    supporter_id       uuid         not null references member (id),
    scopes             varchar(200) not null,
    valid_from         date         not null,
    valid_until        date         not null,
    decision_reference varchar(100) not null,
    granted_by         varchar(64)  not null,
    granted_at         timestamptz  not null,
    revoked_at         timestamptz,
    revoked_by         varchar(64),
    revocation_reason  varchar(500),
    version            bigint       not null default 0,
    check (valid_until >= valid_from),
    check ((revoked_at is null) = (revocation_reason is null))
);

create index mandate_supporter on mandate (supporter_id);

create table mandate_village (
    mandate_id uuid not null references mandate (id) on delete cascade,
    village_id uuid not null references village (id),
    primary key (mandate_id, village_id)
);
