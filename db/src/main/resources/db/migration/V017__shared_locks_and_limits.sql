-- Several instances on one database (decision 019): what one instance knew alone now lives here, so that all of
-- them agree.

-- ShedLock's table: a scheduled job runs on the instance that holds its row's lock. The columns are the ones
-- ShedLock's JDBC provider writes; with usingDbTime() it fills them from the database's clock, in UTC, as
-- timestamps without a time zone (timezone('utc', current_timestamp)), so the instances' own clocks never matter.
-- A row is never deleted: an ended run sets lock_until back to the time the lock may be taken again.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Failed sign-ins counted per client address, beside V010's per-email sign_in_attempt, so the address limit holds
-- across instances. A row whose last failure is older than a day is forgotten (SignInThrottle purges it).
create table sign_in_address_attempt (
    address         text        primary key,
    failures        integer     not null check (failures > 0),
    last_failure_at timestamptz not null
);
create index sign_in_address_attempt_last_failure on sign_in_address_attempt (last_failure_at);

-- The booking limits' token buckets (Bucket4j's PostgreSQL proxy manager): one row per address or email, its state
-- as Bucket4j serializes it, and when it is full again in epoch milliseconds, after which the row may go.
create table booking_rate_bucket (
    id         text   primary key,
    state      bytea,
    expires_at bigint
);
create index booking_rate_bucket_expires_at on booking_rate_bucket (expires_at);

-- V009's default privileges already give the application's role every table a migration makes; said here too, so
-- that what each table needs is on record. ShedLock never deletes a lock row.
revoke delete on shedlock from attune_app;
grant select, insert, update on shedlock to attune_app;
grant select, insert, update, delete on sign_in_address_attempt, booking_rate_bucket to attune_app;
