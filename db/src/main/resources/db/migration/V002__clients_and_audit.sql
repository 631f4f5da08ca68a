-- Clients: their records, presenting concerns and portal invitations; and the audit log of every access to them.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Search ignores case, accents and apostrophes ("zoe" finds Zoë, "obrien" finds O'Brien, "nguyen" finds Nguyễn).
-- unaccent() is only STABLE because its dictionary could change; naming the dictionary makes this wrapper safe to
-- declare IMMUTABLE, so generated columns and indexes can use it.
create function attune_fold(text) returns text
    language sql immutable strict parallel safe
    return lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, $1), '[''’ʼ`]', '', 'g'));

-- Presenting concerns: a seeded list the clinic can extend. Retired ones stay on the records that carry them.
create table concern (
    id         uuid        primary key default gen_random_uuid(),
    code       text        not null unique check (code ~ '^[a-z][a-z0-9-]{1,40}$'),
    name       text        not null check (length(btrim(name)) between 1 and 60),
    retired    boolean     not null default false,
    created_at timestamptz not null default now()
);

insert into concern (code, name) values
    ('anxiety', 'Anxiety'),
    ('depression', 'Depression'),
    ('stress-burnout', 'Stress or burnout'),
    ('trauma', 'Trauma'),
    ('relationships', 'Relationship difficulties'),
    ('grief', 'Grief'),
    ('newcomer', 'Newcomer or settlement stress');

create table client (
    id                     uuid        primary key default gen_random_uuid(),
    legal_name             text        not null check (length(btrim(legal_name)) between 1 and 200),
    preferred_name         text        check (length(btrim(preferred_name)) between 1 and 100),
    pronouns               text        check (length(pronouns) <= 40),
    date_of_birth          date        check (date_of_birth >= date '1900-01-01'),
    email                  citext      check (length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    phone                  text        check (phone ~ '^\+?[0-9(][0-9 ().-]{5,23}[0-9]$'),
    address                text        check (length(address) <= 500),
    preferred_language     text        check (length(preferred_language) <= 60),
    emergency_name         text        check (length(emergency_name) <= 200),
    emergency_phone        text        check (emergency_phone ~ '^\+?[0-9(][0-9 ().-]{5,23}[0-9]$'),
    emergency_relationship text        check (length(emergency_relationship) <= 60),
    status                 text        not null default 'ACTIVE'
                                       check (status in ('PROSPECT', 'ACTIVE', 'INACTIVE', 'DISCHARGED')),
    discharge_date         date,
    discharge_reason       text        check (length(discharge_reason) <= 1000),
    primary_therapist_id   uuid        not null references therapist (user_id),
    consent_signed_on      date,
    email_consent          boolean     not null default false,
    -- the client's portal login, once an invitation is accepted
    user_id                uuid        unique,
    user_role              text        not null default 'CLIENT' check (user_role = 'CLIENT'),
    search_text            text        generated always as (attune_fold(
                                           legal_name || ' ' || coalesce(preferred_name, '') || ' '
                                           || coalesce(email::text, ''))) stored,
    phone_digits           text        generated always as (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) stored,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    version                bigint      not null default 0,
    -- a discharged client has a discharge date and a reason; nobody else has either
    check ((status = 'DISCHARGED') = (discharge_date is not null)),
    check ((status = 'DISCHARGED') = (discharge_reason is not null and length(btrim(discharge_reason)) > 0)),
    foreign key (user_id, user_role) references app_user (id, role)
);

create index client_search_trgm on client using gin (search_text gin_trgm_ops);
create index client_phone_trgm on client using gin (phone_digits gin_trgm_ops);
create index client_therapist_status on client (primary_therapist_id, status);
create index client_email on client (email);

create table client_concern (
    client_id  uuid not null references client (id) on delete cascade,
    concern_id uuid not null references concern (id),
    primary key (client_id, concern_id)
);
create index client_concern_concern on client_concern (concern_id);

-- A single-use link to set a portal password. Only the token's SHA-256 is stored.
create table portal_invitation (
    id          uuid        primary key default gen_random_uuid(),
    client_id   uuid        not null references client (id) on delete cascade,
    email       citext      not null check (length(email) <= 254),
    token_hash  text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    invited_by  uuid        not null references app_user (id),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    revoked_at  timestamptz,
    check (expires_at > created_at),
    check (accepted_at is null or revoked_at is null)
);
-- at most one invitation open per client: re-sending revokes the previous one
create unique index portal_invitation_one_open on portal_invitation (client_id)
    where accepted_at is null and revoked_at is null;

-- Who did what to which client's record, and when. Never holds clinical content.
create table audit_event (
    id          bigint      generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor_id    uuid,
    actor_role  text        not null check (actor_role in ('ADMIN', 'THERAPIST', 'CLIENT', 'ANONYMOUS', 'SYSTEM')),
    action      text        not null check (action ~ '^[A-Z_]{2,40}$'),
    client_id   uuid,       -- no foreign key: the trail outlives the record it describes
    record_type text        check (length(record_type) <= 40),
    record_id   text        check (length(record_id) <= 80),
    detail      text        check (length(detail) <= 500)
);
create index audit_event_client on audit_event (client_id, occurred_at desc) where client_id is not null;
create index audit_event_actor on audit_event (actor_id, occurred_at desc);
create index audit_event_time on audit_event (occurred_at desc);

create function audit_event_is_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op;
end $$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
