-- The email outbox: an email is stored in the same transaction as the change that causes it, so it is sent
-- if and only if that change commits, and waits here while the mail server is away.
create table outbox_email (
    id              uuid        primary key default gen_random_uuid(),
    to_address      text        not null check (length(to_address) <= 254 and to_address ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    -- one line: a line break in a header could smuggle in another header
    subject         text        not null check (length(subject) <= 300 and btrim(subject) <> '' and subject !~ '[\r\n]'),
    body_text       text        not null check (length(body_text) <= 100000 and btrim(body_text) <> ''),
    -- one optional attachment (a calendar file), small enough to keep in the row
    attachment_name text        check (length(attachment_name) between 1 and 255),
    attachment_type text        check (length(attachment_type) between 1 and 255),
    attachment_data bytea       check (octet_length(attachment_data) between 1 and 1048576),
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer     not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null default now(),
    -- the last failure in one line, for whoever looks after the mail server; never a stack trace
    last_error      text        check (length(last_error) <= 500 and last_error !~ '[\r\n]'),
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    -- an attachment is whole or absent: a file without a name or type could not be opened
    constraint outbox_email_attachment_whole check ((attachment_name is null) = (attachment_type is null)
        and (attachment_name is null) = (attachment_data is null)),
    constraint outbox_email_sent_at_when_sent check ((status = 'SENT') = (sent_at is not null))
);

-- The sender asks every few seconds for what is due; sent and failed emails are never in its way.
create index outbox_email_due on outbox_email (next_attempt_at) where status = 'PENDING';
