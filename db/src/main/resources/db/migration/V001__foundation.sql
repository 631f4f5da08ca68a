-- Foundation: the clinic, the people who sign in, and the therapists' public profiles.
-- Trusted extensions: a database owner may create them without being a superuser.
create extension if not exists citext;

create table clinic (
    id         smallint    primary key default 1 check (id = 1), -- one clinic per database
    name       text        not null check (length(btrim(name)) between 1 and 200),
    time_zone  text        not null default 'America/Halifax' check (length(time_zone) between 1 and 64),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    bigint      not null default 0
);

create table app_user (
    id            uuid        primary key default gen_random_uuid(),
    email         citext      not null unique check (length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    -- null until the person has set a password (a client invited to the portal)
    password_hash text        check (password_hash is null or length(password_hash) <= 500),
    role          text        not null check (role in ('ADMIN', 'THERAPIST', 'CLIENT')),
    display_name  text        not null check (length(btrim(display_name)) between 1 and 200),
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    unique (id, role)
);

-- A therapist profile can only belong to a user whose role is THERAPIST.
create table therapist (
    user_id     uuid        primary key,
    role        text        not null default 'THERAPIST' check (role = 'THERAPIST'),
    credentials text        not null default '' check (length(credentials) <= 100),
    languages   text[]      not null default '{}' check (cardinality(languages) <= 20),
    modalities  text[]      not null default '{}' check (cardinality(modalities) <= 30),
    bio         text        not null default '' check (length(bio) <= 2000),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0,
    foreign key (user_id, role) references app_user (id, role) on update cascade
);
