-- Appointments (one table for consultations now and therapy sessions later), therapists' booking rules and
-- availability, and free consultations booked by visitors.
create extension if not exists btree_gist;

-- How a therapist takes free consultations. Defaults are the clinic's; each therapist may change theirs.
create table booking_settings (
    therapist_id            uuid        primary key references therapist (user_id),
    accepting_consultations boolean     not null default true,
    min_notice_minutes      integer     not null default 720 check (min_notice_minutes between 0 and 20160),
    horizon_days            integer     not null default 60 check (horizon_days between 1 and 365),
    buffer_minutes          integer     not null default 5 check (buffer_minutes between 0 and 60),
    max_per_day             integer     not null default 4 check (max_per_day between 1 and 20),
    updated_at              timestamptz not null default now(),
    version                 bigint      not null default 0
);

-- Weekly windows in the clinic's local time: CONSULTATION windows offer free consultations, WORKING hours frame sessions.
create table availability_window (
    id           uuid    primary key default gen_random_uuid(),
    therapist_id uuid    not null references therapist (user_id),
    kind         text    not null check (kind in ('CONSULTATION', 'WORKING')),
    day_of_week  smallint not null check (day_of_week between 1 and 7), -- ISO: 1 is Monday
    start_time   time    not null,
    end_time     time    not null,
    check (end_time > start_time),
    -- windows of one kind never overlap on the same day
    exclude using gist (therapist_id with =, kind with =, day_of_week with =,
                        tsrange(date '2000-01-01' + start_time, date '2000-01-01' + end_time) with &&)
);

-- Whole days a therapist is away, inclusive.
create table time_off (
    id           uuid    primary key default gen_random_uuid(),
    therapist_id uuid    not null references therapist (user_id),
    first_day    date    not null,
    last_day     date    not null,
    note         text    check (length(note) <= 200),
    check (last_day >= first_day),
    exclude using gist (therapist_id with =, daterange(first_day, last_day, '[]') with &&)
);

create table appointment (
    id           uuid        primary key default gen_random_uuid(),
    therapist_id uuid        not null references therapist (user_id),
    kind         text        not null check (kind in ('CONSULTATION', 'SESSION')),
    status       text        not null default 'BOOKED' check (status in ('BOOKED', 'COMPLETED', 'NO_SHOW', 'CANCELLED')),
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    -- derived, so the exclusion constraint below can compare spans of time
    during       tstzrange   generated always as (tstzrange(starts_at, ends_at, '[)')) stored,
    client_id    uuid        references client (id),
    cancel_reason text       check (length(cancel_reason) <= 500),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    check (ends_at > starts_at and ends_at - starts_at <= interval '4 hours'),
    -- The guarantee: a therapist's active appointments never overlap, however many people book at once.
    constraint appointment_no_double_booking
        exclude using gist (therapist_id with =, during with &&) where (status <> 'CANCELLED')
);
create index appointment_therapist_time on appointment using gist (therapist_id, during);
create index appointment_client on appointment (client_id) where client_id is not null;

-- A free consultation: who booked it and how to reach them. The manage link's token is stored only as a hash.
create table consultation (
    appointment_id    uuid        primary key references appointment (id),
    reference         text        not null unique check (reference ~ '^[A-Z0-9]{4}-[A-Z0-9]{4}$'),
    name              text        not null check (length(btrim(name)) between 1 and 200),
    email             citext      not null check (length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    phone             text        check (phone ~ '^\+?[0-9(][0-9 ().-]{5,23}[0-9]$'),
    message           text        check (length(message) <= 1000),
    consent_at        timestamptz not null,
    manage_token_hash text        not null unique check (manage_token_hash ~ '^[0-9a-f]{64}$'),
    booker_time_zone  text        check (length(booker_time_zone) <= 64),
    reminder_sent_at  timestamptz,
    created_at        timestamptz not null default now()
);
create index consultation_email on consultation (email);
create index consultation_reminder_due on consultation (appointment_id) where reminder_sent_at is null;
