-- The audit log becomes tamper-evident: every row carries the SHA-256 of the previous row's hash and its own content,
-- so changing, removing or reordering a row breaks the chain from there on. The application gets a role of its own
-- that may only add to and read the log.

alter table audit_event
    add column chain_seq bigint,
    add column prev_hash text check (prev_hash ~ '^[0-9a-f]{64}$'),
    add column row_hash  text check (row_hash ~ '^[0-9a-f]{64}$');

-- A row's canonical content: every column, quoted so that no value can pose as a separator, the time in UTC to the
-- microsecond so that the session's time zone changes nothing. The first row's previous hash is the empty string.
create function audit_event_hash(prev text, id bigint, occurred timestamptz, actor uuid, actor_role text,
        action text, client uuid, record_type text, record_id text, detail text) returns text
    language sql immutable as $$
    select encode(sha256(convert_to(concat_ws('|',
        quote_literal(coalesce(prev, '')),
        quote_literal(id),
        quote_literal(to_char(occurred at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
        quote_nullable(actor::text),
        quote_literal(actor_role),
        quote_literal(action),
        quote_nullable(client::text),
        quote_nullable(record_type),
        quote_nullable(record_id),
        quote_nullable(detail)), 'UTF8')), 'hex')
$$;

-- Existing rows are chained in the order they were written.
alter table audit_event disable trigger audit_event_no_update_or_delete;
do $$
declare
    r record;
    prev text := null;
    seq bigint := 0;
begin
    for r in select * from audit_event order by id, occurred_at loop
        seq := seq + 1;
        update audit_event set chain_seq = seq, prev_hash = prev,
               row_hash = audit_event_hash(prev, r.id, r.occurred_at, r.actor_id, r.actor_role, r.action, r.client_id,
                                           r.record_type, r.record_id, r.detail)
         where id = r.id
        returning row_hash into prev;
    end loop;
end $$;
alter table audit_event enable trigger audit_event_no_update_or_delete;

alter table audit_event
    alter column chain_seq set not null,
    alter column row_hash set not null,
    add constraint audit_event_chain_seq unique (chain_seq),
    add constraint audit_event_first_has_no_prev check ((chain_seq = 1) = (prev_hash is null));

-- New rows are chained as they are inserted. The transaction-scoped advisory lock makes concurrent inserts queue, so
-- each one reads the hash of the row committed just before it (READ COMMITTED takes a fresh snapshot per statement);
-- the lock is held until the inserting transaction ends. The lock timeout turns an unforeseen wait (a transaction
-- waiting on another that already holds the lock) into an error instead of a hang.
create function audit_event_chain() returns trigger
    language plpgsql set lock_timeout = '15s' as $$
declare
    last record;
begin
    perform pg_advisory_xact_lock(hashtext('attune.audit_event_chain'));
    select chain_seq, row_hash into last from audit_event order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last.chain_seq, 0) + 1;
    new.prev_hash := last.row_hash;
    new.row_hash := audit_event_hash(new.prev_hash, new.id, new.occurred_at, new.actor_id, new.actor_role, new.action,
                                     new.client_id, new.record_type, new.record_id, new.detail);
    return new;
end $$;
create trigger audit_event_chain before insert on audit_event
    for each row execute function audit_event_chain();

-- The application's role. Production signs in as a login role that is a member of it (see README, Deploy), while
-- Flyway migrates as the owner of the tables. Roles belong to the whole server, so two databases migrating at once
-- may both try to create it.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'attune_app') then
        create role attune_app nologin;
    end if;
exception
    when duplicate_object or unique_violation then null;
end $$;

grant usage on schema public to attune_app;
grant select, insert, update, delete on all tables in schema public to attune_app;
grant usage, select on all sequences in schema public to attune_app;
-- Tables and sequences that later migrations create get the same, so the role keeps up without a grant per table.
alter default privileges in schema public grant select, insert, update, delete on tables to attune_app;
alter default privileges in schema public grant usage, select on sequences to attune_app;

-- What the application never does: change or remove the audit log, versions or addenda. Without the privilege the
-- refusal doesn't depend on a trigger, which the owner could disable. TRUNCATE is granted on nothing.
revoke update, delete, truncate on audit_event from attune_app;
revoke update, delete, truncate on session_note_version, note_addendum from attune_app;
-- Signed notes: the application must still update and delete drafts, so session_note keeps UPDATE and DELETE, and
-- the V008 triggers (owned by the table owner; the role can neither drop nor disable them) refuse any change to a
-- signed note, its sections or its themes.
-- Flyway's own table is the owner's business (its name may be configured, hence the check).
do $$
begin
    if to_regclass('flyway_schema_history') is not null then
        revoke all on flyway_schema_history from attune_app;
    end if;
end $$;
