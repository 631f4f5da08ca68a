-- Read models that features publish for the others (decision 016). A feature's tables are its own; another feature
-- that needs a few of their columns in its own SQL (a join for names, a count for a review) reads one of these views
-- instead, so the owner can change its tables and keep the view's columns. Each view says in its comment which
-- feature owns it. They are for reading only: the application's role may not write through them.

-- client: who a client id is, for lists and logs that show names.
create view client_names as
select id, legal_name, preferred_name, user_id is not null as portal_account
from client;
comment on view client_names is 'Published by the client feature: a client''s names. Read-only.';

-- security: who an account id is, for lists and logs that show who acted.
create view account_names as
select id, display_name
from app_user;
comment on view account_names is 'Published by the security feature: an account''s display name. Read-only.';

-- scheduling: when an appointment is, with whom, and in what state; consultations and records read these.
create view appointment_times as
select id, therapist_id, client_id, starts_at, ends_at, status, version
from appointment;
comment on view appointment_times is 'Published by the scheduling feature: each appointment''s time, people and status. Read-only.';

-- notes: how many notes and addenda a client has, never their content, for the review before a purge.
create view client_note_counts as
select n.client_id,
       count(distinct n.id) as notes,
       count(distinct n.id) filter (where n.status = 'SIGNED') as signed_notes,
       count(a.id) as addenda
from session_note n
left join note_addendum a on a.note_id = n.id
group by n.client_id;
comment on view client_note_counts is 'Published by the notes feature: counts of a client''s notes and addenda. Read-only.';

-- practice: how many practices a client was given and how often they did them, for the review before a purge.
create view client_practice_counts as
select a.client_id,
       count(distinct a.id) as practices,
       count(k.id) as completions
from assignment a
left join completion k on k.assignment_id = a.id
group by a.client_id;
comment on view client_practice_counts is 'Published by the practice feature: counts of a client''s assignments and completions. Read-only.';

-- The simple views above would pass writes on to their tables; the application's role reads them only. (V009's
-- default privileges granted it writes on every new relation, views included.)
revoke insert, update, delete, truncate on client_names, account_names, appointment_times, client_note_counts,
    client_practice_counts from attune_app;
grant select on client_names, account_names, appointment_times, client_note_counts, client_practice_counts
    to attune_app;
