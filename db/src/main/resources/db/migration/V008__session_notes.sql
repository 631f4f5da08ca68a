-- Session notes: the therapist's clinical record of a session or consultation, tagged with themes. A note is a draft
-- until it is signed; then the database itself refuses any change, and corrections are appended as addenda.

create table session_note (
    id             uuid        primary key default gen_random_uuid(),
    client_id      uuid        not null references client (id),
    therapist_id   uuid        not null references therapist (user_id),
    appointment_id uuid        references appointment (id),
    session_date   date,
    template       text        not null check (template in ('DAP', 'SOAP', 'BIRP', 'FREE')),
    distress       smallint    check (distress between 0 and 10),
    risk_flag      boolean     not null default false,
    risk_note      text        check (length(risk_note) <= 5000),
    practices      text[]      not null default '{}' check (cardinality(practices) <= 30),
    status         text        not null default 'DRAFT' check (status in ('DRAFT', 'SIGNED')),
    signed_at      timestamptz,
    signed_by      uuid        references app_user (id),
    content_hash   text        check (content_hash ~ '^[0-9a-f]{64}$'),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint      not null default 0,
    check ((status = 'SIGNED') = (signed_at is not null and signed_by is not null and content_hash is not null)),
    check (status = 'DRAFT' or (session_date is not null and (not risk_flag or length(btrim(risk_note)) > 0)))
);
create unique index session_note_one_per_appointment on session_note (appointment_id) where appointment_id is not null;
create index session_note_therapist_date on session_note (therapist_id, session_date desc nulls last);
create index session_note_client_date on session_note (client_id, session_date);
create index session_note_overdue on session_note (therapist_id, created_at) where status = 'DRAFT';

-- The template's sections (data, assessment, plan...), each searchable in full text.
create table session_note_section (
    note_id uuid     not null references session_note (id),
    section text     not null check (section ~ '^[a-z]{2,20}$'),
    body    text     not null check (length(body) <= 100000),
    search  tsvector generated always as (to_tsvector('english'::regconfig, body)) stored,
    primary key (note_id, section)
);
create index session_note_section_search on session_note_section using gin (search);

create table session_note_theme (
    note_id  uuid not null references session_note (id),
    theme_id uuid not null references theme (id),
    primary key (note_id, theme_id)
);
create index session_note_theme_theme on session_note_theme (theme_id, note_id);

-- Every saved version of a draft, so nothing typed is ever lost.
create table session_note_version (
    id         bigint      generated always as identity primary key,
    note_id    uuid        not null references session_note (id),
    version    bigint      not null,
    saved_at   timestamptz not null,
    saved_by   uuid        not null references app_user (id),
    -- the draft as it was saved, in the same canonical text that a signature hashes
    content    text        not null check (length(content) <= 200000),
    unique (note_id, version)
);

-- Corrections to a signed note: appended, signed and dated, never changed.
create table note_addendum (
    id           uuid        primary key default gen_random_uuid(),
    note_id      uuid        not null references session_note (id),
    author_id    uuid        not null references app_user (id),
    body         text        not null check (length(btrim(body)) between 1 and 20000),
    content_hash text        not null check (content_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz not null default now()
);
create index note_addendum_note on note_addendum (note_id, created_at);

-- A signed note can't be changed or removed by anyone, the application included.
create function session_note_locked() returns trigger language plpgsql as $$
begin
    if old.status = 'SIGNED' then
        raise exception 'session note % is signed and cannot be changed', old.id using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger session_note_locked before update or delete on session_note
    for each row execute function session_note_locked();

-- Themes and sections belong to their note: once it is signed, they are locked with it.
create function session_note_part_locked() returns trigger language plpgsql as $$
declare
    target uuid := case when tg_op = 'INSERT' then new.note_id else old.note_id end;
begin
    if exists (select 1 from session_note where id = target and status = 'SIGNED') then
        raise exception 'session note % is signed and cannot be changed', target using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger session_note_theme_locked before insert or update or delete on session_note_theme
    for each row execute function session_note_part_locked();
create trigger session_note_section_locked before insert or update or delete on session_note_section
    for each row execute function session_note_part_locked();

create function attune_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% keeps every row as written', tg_table_name using errcode = 'P0001';
end $$;
create trigger note_addendum_append_only before update or delete on note_addendum
    for each row execute function attune_append_only();
create trigger session_note_version_append_only before update or delete on session_note_version
    for each row execute function attune_append_only();
