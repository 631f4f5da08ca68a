-- Record retention: the clinic keeps a discharged client's record for a number of years after the later of the
-- discharge and the last appointment, then an admin may purge it. The purge is a function owned by the table owner,
-- so the database itself refuses to purge a record that is still active or still within its period, and the locks on
-- signed notes, versions and addenda open for that function alone.

alter table clinic
    add column record_retention_years smallint not null default 10
        check (record_retention_years between 1 and 100);

-- Each discharged client with the day their retention period ends. Last contact is the last appointment that was
-- not cancelled (a no-show was still a booked contact), as a day in the clinic's time zone.
create view client_retention as
select c.id as client_id,
       c.discharge_date,
       last_visit.day as last_appointment_on,
       settings.years as retention_years,
       (greatest(c.discharge_date, last_visit.day) + make_interval(years => settings.years))::date as eligible_on,
       (greatest(c.discharge_date, last_visit.day) + make_interval(years => settings.years))::date
           <= (now() at time zone settings.zone)::date as past_retention
from client c
cross join lateral (
    select coalesce((select record_retention_years from clinic where id = 1), 10)::integer as years,
           coalesce((select time_zone from clinic where id = 1), 'America/Halifax') as zone
) settings
left join lateral (
    select max((a.starts_at at time zone settings.zone)::date) as day
    from appointment a
    where a.client_id = c.id and a.status <> 'CANCELLED'
) last_visit on true
where c.status = 'DISCHARGED';

-- Removes a client's whole record: practices with their history and completions, notes (signed ones included) with
-- their sections, themes, versions and addenda, appointments with their sessions and consultations, series,
-- concerns, portal invitations and portal account, and emails to addresses no one else uses. The audit log stays:
-- it keeps the client's id as a plain value. Returns how many rows each table lost.
create function purge_client(target uuid) returns table (what text, removed bigint)
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    account uuid;
    addresses citext[];
    eligible boolean;
    n bigint;
begin
    -- the row lock makes a concurrent re-admission or new booking wait, then find the record gone
    select user_id into account from client where id = target for update;
    if not found then
        raise exception 'client % does not exist', target using errcode = 'P0002';
    end if;
    select past_retention into eligible from client_retention where client_id = target;
    if eligible is not true then
        raise exception 'client % is not discharged past the retention period', target using errcode = 'P0001';
    end if;

    select coalesce(array_agg(distinct address) filter (where address is not null), '{}') into addresses from (
        select email as address from client where id = target
        union all select email from app_user where id = account
        union all select email from portal_invitation where client_id = target
        union all select k.email from consultation k join appointment a on a.id = k.appointment_id
                  where a.client_id = target
    ) known;

    perform set_config('attune.purge_client', target::text, true);

    delete from completion where assignment_id in (select id from assignment where client_id = target);
    get diagnostics n = row_count; what := 'completion'; removed := n; return next;
    delete from assignment_event where assignment_id in (select id from assignment where client_id = target);
    get diagnostics n = row_count; what := 'assignment_event'; removed := n; return next;
    delete from assignment where client_id = target;
    get diagnostics n = row_count; what := 'assignment'; removed := n; return next;

    delete from session_note_theme where note_id in (select id from session_note where client_id = target);
    get diagnostics n = row_count; what := 'session_note_theme'; removed := n; return next;
    delete from session_note_section where note_id in (select id from session_note where client_id = target);
    get diagnostics n = row_count; what := 'session_note_section'; removed := n; return next;
    delete from session_note_version where note_id in (select id from session_note where client_id = target);
    get diagnostics n = row_count; what := 'session_note_version'; removed := n; return next;
    delete from note_addendum where note_id in (select id from session_note where client_id = target);
    get diagnostics n = row_count; what := 'note_addendum'; removed := n; return next;
    delete from session_note where client_id = target;
    get diagnostics n = row_count; what := 'session_note'; removed := n; return next;

    delete from therapy_session where appointment_id in (select id from appointment where client_id = target);
    get diagnostics n = row_count; what := 'therapy_session'; removed := n; return next;
    delete from consultation where appointment_id in (select id from appointment where client_id = target);
    get diagnostics n = row_count; what := 'consultation'; removed := n; return next;
    delete from appointment where client_id = target;
    get diagnostics n = row_count; what := 'appointment'; removed := n; return next;
    delete from session_series where client_id = target;
    get diagnostics n = row_count; what := 'session_series'; removed := n; return next;

    delete from client_concern where client_id = target;
    get diagnostics n = row_count; what := 'client_concern'; removed := n; return next;
    delete from portal_invitation where client_id = target;
    get diagnostics n = row_count; what := 'portal_invitation'; removed := n; return next;
    delete from client where id = target;
    get diagnostics n = row_count; what := 'client'; removed := n; return next;

    delete from sign_in_attempt where email in (select email from app_user where id = account);
    get diagnostics n = row_count; what := 'sign_in_attempt'; removed := n; return next;
    delete from app_user where id = account and role = 'CLIENT';
    get diagnostics n = row_count; what := 'app_user'; removed := n; return next;

    -- an address shared with someone still on file (a couple's email) keeps its emails
    delete from outbox_email o where o.to_address::citext = any (addresses)
        and not exists (select 1 from client c where c.email = o.to_address::citext)
        and not exists (select 1 from app_user u where u.email = o.to_address::citext)
        and not exists (select 1 from consultation k where k.email = o.to_address::citext)
        and not exists (select 1 from portal_invitation p where p.email = o.to_address::citext);
    get diagnostics n = row_count; what := 'outbox_email'; removed := n; return next;

    perform set_config('attune.purge_client', '', true);
end $$;

revoke all on function purge_client(uuid) from public;
grant execute on function purge_client(uuid) to attune_app;

-- True only inside purge_client for this client: the setting alone is not enough, since any role may set it, so the
-- statement must also run as the function's owner, which the application's role is not.
create function attune_purging(record_client uuid) returns boolean
    language sql stable set search_path = public, pg_temp as $$
    select coalesce(record_client is not null
        and current_setting('attune.purge_client', true) = record_client::text
        and current_user = (select r.rolname from pg_proc p join pg_roles r on r.oid = p.proowner
                            where p.oid = 'public.purge_client(uuid)'::regprocedure), false)
$$;

-- The V008 locks, unchanged except that a purge may delete. The search path is pinned so that a temporary table of
-- the same name can't stand in for session_note.
create or replace function session_note_locked() returns trigger
    language plpgsql set search_path = public, pg_temp as $$
begin
    if old.status = 'SIGNED' and not (tg_op = 'DELETE' and attune_purging(old.client_id)) then
        raise exception 'session note % is signed and cannot be changed', old.id using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create or replace function session_note_part_locked() returns trigger
    language plpgsql set search_path = public, pg_temp as $$
declare
    target uuid := case when tg_op = 'INSERT' then new.note_id else old.note_id end;
begin
    if exists (select 1 from session_note where id = target and status = 'SIGNED')
            and not (tg_op = 'DELETE'
                     and exists (select 1 from session_note where id = target and attune_purging(client_id))) then
        raise exception 'session note % is signed and cannot be changed', target using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create or replace function attune_append_only() returns trigger
    language plpgsql set search_path = public, pg_temp as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from session_note
                                    where id = (to_jsonb(old) ->> 'note_id')::uuid and attune_purging(client_id)) then
        return old;
    end if;
    raise exception '% keeps every row as written', tg_table_name using errcode = 'P0001';
end $$;
