-- The audit log is sealed by the application with a key the database never holds, and writers stop waiting for one
-- another (decision 015). Actions and record types become known values.

-- Known values: the same lists as the Java enums AuditAction and AuditRecordType (a test compares them).
alter table audit_event
    add constraint audit_event_action_known check (action in (
        'VIEW', 'CREATE', 'UPDATE', 'DISCHARGE', 'REASSIGN', 'EXPORT', 'INVITE', 'INVITE_RESEND', 'INVITE_REVOKE',
        'INVITE_ACCEPT', 'SIGN_IN', 'SIGN_IN_FAILED', 'ACCESS_DENIED', 'RESCHEDULE', 'CANCEL', 'MARK_COMPLETED',
        'MARK_NO_SHOW', 'CALENDAR_FEED_RESET', 'CALENDAR_FEED_REVOKE', 'ASSIGN', 'ASSIGNMENT_CHANGE', 'COMPLETE',
        'RETIRE', 'RESTORE', 'SIGN', 'ADDENDUM', 'AUDIT_VIEW', 'AUDIT_EXPORT', 'AUDIT_VERIFY', 'SIGN_OUT',
        'SIGN_OUT_EVERYWHERE', 'PASSWORD_RESET_REQUEST', 'PASSWORD_RESET', 'PASSWORD_CHANGE', 'TWO_FACTOR_ON',
        'TWO_FACTOR_OFF', 'RECOVERY_CODES_RENEW', 'RECOVERY_CODE_USE', 'SIGN_IN_POLICY', 'RETENTION_CHANGE', 'RECORD_PURGED')),
    add constraint audit_event_record_type_known check (record_type in (
        'account', 'assignment', 'audit', 'availability', 'availability window', 'calendar', 'calendar_feed',
        'client', 'clinic', 'completion', 'consultation', 'invitation', 'note', 'notes', 'practice', 'practices',
        'profile', 'record', 'retention', 'session', 'theme', 'time off', 'route', 'service', 'request'));

-- No more chain head to wait for: V009's trigger took a lock that every writer in the clinic queued on. The SHA-256
-- columns keep what V009 wrote for the rows before this migration (audit_event_hash stays, so anyone can still
-- recompute that old chain by hand); new rows leave them empty, and the HMAC seal below covers every row, old and new.
drop trigger audit_event_chain on audit_event;
drop function audit_event_chain();
alter table audit_event
    alter column chain_seq drop not null,
    alter column row_hash drop not null;

-- The inserting transaction of each row. Transactions commit out of order, so an id or a time says nothing about
-- whether a row with a smaller one may still appear; a transaction id below the oldest one still running does: that
-- transaction has ended, and its rows are all visible or never will be. The sealer seals only such rows, in (tx, id)
-- order. The column's volatile default rewrites the table once: rows already here get this migration's transaction,
-- so the first sealing round seals them in id order.
alter table audit_event add column tx xid8 not null default pg_current_xact_id();
create index audit_event_tx on audit_event (tx, id);
-- When the row reached the database, by the database's clock: how long a row has waited for its seal is measured
-- with it, never with the time the application says the event happened (which tests, and clocks, may move).
alter table audit_event add column written_at timestamptz not null default clock_timestamp();

-- One seal per row, in the order the sealer took them: seal = HMAC-SHA256(key, previous seal || the row's canonical
-- content), computed by the application (AuditSeals). No foreign key: a removed row must leave its seal behind, for
-- the verifier to name it. tx copies the row's, so the sealer resumes after its last seal without trusting the row.
create table audit_seal (
    seq      bigint primary key check (seq > 0),
    event_id bigint not null unique,
    tx       xid8   not null,
    seal     bytea  not null check (length(seal) = 32)
);

-- After each sealing round: how far the seals reach (head_seq rows sealed, the head's seal), when, linked to the
-- checkpoint before it, all under an HMAC with the same key. Deleting the newest rows and their seals leaves the
-- head below the newest checkpoint, which the verifier reports.
create table audit_checkpoint (
    seq       bigint      primary key check (seq > 0),
    sealed_at timestamptz not null,
    head_seq  bigint      not null check (head_seq > 0),
    head_seal bytea       not null check (length(head_seal) = 32),
    prev_mac  bytea       check (length(prev_mac) = 32),
    mac       bytea       not null check (length(mac) = 32),
    check ((seq = 1) = (prev_mac is null))
);

-- Both are append-only, like the log: no privilege for the application, and triggers for everyone else.
revoke update, delete, truncate on audit_seal, audit_checkpoint from attune_app;
grant select, insert on audit_seal, audit_checkpoint to attune_app;
create trigger audit_seal_no_update_or_delete before update or delete on audit_seal
    for each row execute function audit_event_is_append_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_event_is_append_only();
create trigger audit_checkpoint_no_update_or_delete before update or delete on audit_checkpoint
    for each row execute function audit_event_is_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_event_is_append_only();
