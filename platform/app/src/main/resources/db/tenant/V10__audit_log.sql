-- The audit log of access to residents' personal data (NEN 7513 in spirit). Events are only ever
-- appended, in the transaction of the access they describe. Each event carries the SHA-256 hash
-- of its own fields and of the previous event's hash, so a changed or removed event breaks the
-- chain (verified by AuditChainVerifier). The numbers are gap-free: a gap is a removed event.
create table audit_event (
    sequence_number bigint        primary key check (sequence_number > 0),
    occurred_at     timestamptz   not null,
    actor_subject   varchar(255)  not null,
    actor_name      varchar(255)  not null,
    actor_role      varchar(40)   not null,
    on_behalf_of    varchar(64)   not null,
    action          varchar(20)   not null,
    record_type     varchar(64)   not null,
    record_id       uuid,
    resident_id     uuid,
    basis           varchar(100)  not null,
    detail          varchar(1000),
    previous_hash   char(64)      not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash            char(64)      not null check (hash ~ '^[0-9a-f]{64}$')
);

-- a resident's access history and the period filter of the privacy officer's view
create index audit_event_resident on audit_event (resident_id, sequence_number) where resident_id is not null;
create index audit_event_occurred_at on audit_event (occurred_at);

-- The end of the chain: the last number and hash. Appending locks this one row (SELECT … FOR
-- UPDATE) until the transaction ends, so the events of one municipality are numbered and chained
-- one after the other, and a rolled-back transaction leaves no gap. It also lets verification
-- notice events removed from the end, which a gap check alone cannot see.
create table audit_chain_head (
    singleton            boolean  primary key default true check (singleton),
    last_sequence_number bigint   not null check (last_sequence_number >= 0),
    last_hash            char(64) not null check (last_hash ~ '^[0-9a-f]{64}$')
);

insert into audit_chain_head (singleton, last_sequence_number, last_hash) values (true, 0, repeat('0', 64));

-- Append-only in the database itself, for every login including the owner: UPDATE, DELETE and
-- TRUNCATE raise an error. ENABLE ALWAYS keeps the triggers firing under
-- session_replication_role = replica too; only ALTER TABLE … DISABLE TRIGGER (table owner) gets
-- past them, and the hash chain shows what was done then.
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
alter table audit_event enable always trigger audit_event_append_only;
alter table audit_event enable always trigger audit_event_no_truncate;

-- The head only moves forward, one event at a time, onto an event that exists with that hash; it
-- cannot be removed. So it cannot be wound back to hide events removed from the end.
create function audit_chain_head_guard() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'audit_chain_head: % refused', tg_op using errcode = 'insufficient_privilege';
    end if;
    if new.last_sequence_number <> old.last_sequence_number + 1
            or not exists (select 1 from audit_event e
                           where e.sequence_number = new.last_sequence_number and e.hash = new.last_hash
                             and e.previous_hash = old.last_hash) then
        raise exception 'audit_chain_head: UPDATE refused, the head only moves to the next appended event'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger audit_chain_head_forward_only before update or delete on audit_chain_head
    for each row execute function audit_chain_head_guard();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_chain_head_guard();
alter table audit_chain_head enable always trigger audit_chain_head_forward_only;
alter table audit_chain_head enable always trigger audit_chain_head_no_truncate;
