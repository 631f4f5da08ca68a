-- Therapy sessions share the appointment table with consultations, so one exclusion constraint keeps a therapist's
-- time free of overlaps whatever was booked. This adds what a session carries, recurring series, and each
-- therapist's private calendar feed.

alter table appointment
    add constraint appointment_session_has_client check (kind <> 'SESSION' or client_id is not null);

-- A weekly or fortnightly series. Occurrences are generated in the clinic's local time, so a 10:00 session stays at
-- 10:00 across daylight-saving changes; each occurrence is its own appointment and can be moved or cancelled alone.
create table session_series (
    id            uuid        primary key default gen_random_uuid(),
    therapist_id  uuid        not null references therapist (user_id),
    client_id     uuid        not null references client (id),
    every_weeks   smallint    not null check (every_weeks in (1, 2)),
    created_at    timestamptz not null default now()
);

create table therapy_session (
    appointment_id   uuid        primary key references appointment (id),
    series_id        uuid        references session_series (id),
    -- the position in its series, so "this and following" is a plain comparison
    series_index     integer     check (series_index between 1 and 52),
    session_type     text        not null check (session_type in ('INDIVIDUAL', 'COUPLE', 'CUSTOM')),
    mode             text        not null check (mode in ('IN_PERSON', 'VIDEO')),
    video_link       text        check (length(video_link) <= 500 and video_link ~ '^https://[^[:space:]]+$'),
    location         text        check (length(btrim(location)) between 1 and 200),
    reminder_sent_at timestamptz,
    created_at       timestamptz not null default now(),
    check (mode <> 'VIDEO' or video_link is not null),
    check ((series_id is null) = (series_index is null))
);
create index therapy_session_series on therapy_session (series_id, series_index) where series_id is not null;
create index therapy_session_reminder_due on therapy_session (appointment_id) where reminder_sent_at is null;
create index appointment_client_time on appointment (client_id, starts_at) where client_id is not null;
drop index appointment_client;

-- A therapist's private iCalendar subscription. Only the token's SHA-256 is kept; resetting it revokes the old URL.
create table calendar_feed (
    therapist_id uuid        primary key references therapist (user_id),
    token_hash   text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz not null default now()
);
