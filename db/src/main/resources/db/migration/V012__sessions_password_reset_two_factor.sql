-- Sign-in you can trust, part two: ending every session of an account, resetting a forgotten password by email, and
-- two-step sign-in with an authenticator app.

-- "Sign out everywhere" (and a password reset) marks the moment; a session that began before it is ended on its next
-- request, whichever application instance holds it.
alter table app_user add column sessions_revoked_at timestamptz;

-- Two-step sign-in (TOTP, RFC 6238). The secret is set at enrolment and only counts once a first code confirmed it.
-- The last accepted time step makes each code single-use: a code of that step or an earlier one is refused.
alter table app_user
    add column totp_secret     text check (totp_secret ~ '^[A-Z2-7]{32}$'),
    add column totp_enabled_at timestamptz,
    add column totp_last_step  bigint check (totp_last_step > 0),
    add constraint app_user_totp_enabled_has_secret check (totp_enabled_at is null or totp_secret is not null);

-- Recovery codes, for a lost phone: ten per enrolment, each usable once. Only a SHA-256 of each is kept.
create table recovery_code (
    user_id    uuid        not null references app_user (id) on delete cascade,
    code_hash  text        not null check (code_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null,
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

-- The clinic's sign-in policy, one row: whether every therapist and admin must use two-step sign-in.
create table sign_in_policy (
    id                      smallint    primary key default 1 check (id = 1),
    require_staff_two_factor boolean    not null default false,
    updated_at              timestamptz not null default now(),
    version                 bigint      not null default 0
);
insert into sign_in_policy (id) values (1);

-- Password reset links: single-use, short-lived, and only a SHA-256 of the token is stored.
create table password_reset (
    token_hash text        primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    user_id    uuid        not null references app_user (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    check (expires_at > created_at),
    check (used_at is null or used_at >= created_at)
);
create index password_reset_user on password_reset (user_id, created_at);
