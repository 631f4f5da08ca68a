-- Failed sign-ins, counted per email whether or not an account uses it, so that slowing an address down never reveals
-- that it has an account. A successful sign-in deletes the row; per-address (IP) counts live in memory only.
create table sign_in_attempt (
    email           citext      primary key,
    failures        integer     not null check (failures > 0),
    last_failure_at timestamptz not null
);
