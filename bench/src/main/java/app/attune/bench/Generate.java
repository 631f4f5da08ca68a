package app.attune.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Creates the bench database afresh, migrates it with the real migrations, and fills it with a clinic of 50
 * therapists and 20,000 clients: 400,000 appointments over five years (4.5 past, 0.5 ahead), 300,000 signed notes
 * with sections and themes, 60,000 assignments and 1,000,000 completions, and an audit trail. Set-based SQL, one
 * statement per step, so it runs in minutes; every constraint and trigger stays on (notes are written as drafts with
 * their sections and themes, then signed, as the application does).
 *
 * @see "docs/decisions/012-benchmarks.md"
 */
public final class Generate {

    static final int THERAPISTS = 50;
    static final int CLIENTS_PER_THERAPIST = 400;
    static final int APPOINTMENTS = 400_000;
    static final int NOTES = 300_000;
    static final int ASSIGNMENTS_PER_CLIENT = 3;
    static final int AUDIT_EVENTS = 50_000;
    /** Therapists 1 to 10 take free consultations; the slot and booking benchmarks use them. */
    static final int BOOKABLE = 10;
    /** Clients 1 to 40 of each caseload have a portal login. */
    static final int PORTAL_PER_THERAPIST = 40;

    static final int CHUNKS = 10;

    private record Step(String name, int weight, List<String> sql) {}

    public static void main(String[] args) throws Exception {
        String db = Bench.database();
        if (!db.matches("[a-z_][a-z0-9_]*") || !db.contains("bench")) {
            throw new IllegalArgumentException("the bench database's name must contain 'bench': " + db);
        }
        System.out.println("Generating the bench clinic into database " + db + " (dropped and created afresh).");
        try (var admin = Bench.connect("postgres");
                var st = admin.createStatement()) {
            st.execute("drop database if exists " + db + " with (force)");
            st.execute("create database " + db);
        }
        Flyway.configure()
                .dataSource(Bench.jdbcUrl(db), Bench.env("PGUSER", "postgres"), Bench.env("PGPASSWORD", ""))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(Bench.PASSWORD);

        var steps = steps(hash);
        var progress = new Progress(steps);
        try (Connection c = Bench.connect(db);
                var st = c.createStatement()) {
            st.execute("set synchronous_commit = off");
            st.execute("set maintenance_work_mem = '256MB'");
            st.execute("set work_mem = '64MB'");
            for (var step : steps) {
                for (int i = 0; i < step.sql().size(); i++) {
                    progress.bar.step(
                            0,
                            step.name()
                                    + (step.sql().size() > 1
                                            ? " " + (i + 1) + "/" + step.sql().size()
                                            : ""));
                    try {
                        st.execute(step.sql().get(i));
                    } catch (SQLException e) {
                        System.out.println();
                        System.out.println(
                                "Failed at " + step.name() + ": " + step.sql().get(i));
                        throw e;
                    }
                    progress.bar.step(step.weight(), step.name());
                }
            }
        }
        progress.bar.finish();
        try (Connection c = Bench.connect(db);
                var st = c.createStatement();
                var rs = st.executeQuery("""
                        select (select count(*) from therapist), (select count(*) from client),
                               (select count(*) from appointment), (select count(*) from session_note where status = 'SIGNED'),
                               (select count(*) from session_note_theme), (select count(*) from assignment),
                               (select count(*) from completion), (select count(*) from audit_event),
                               pg_size_pretty(pg_database_size(current_database()))""")) {
            rs.next();
            System.out.printf(
                    "therapists %d, clients %d, appointments %d, signed notes %d (themes %d), assignments %d,"
                            + " completions %d, audit events %d; database %s%n",
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getLong(7),
                    rs.getLong(8),
                    rs.getString(9));
        }
        System.out.println("Sign in as therapist01@bench.example .. therapist50@bench.example, admin@bench.example or"
                + " client00001@bench.example (portal clients: the first 40 of each caseload), password "
                + Bench.PASSWORD);
    }

    private static final class Progress {
        final Bench.Progress bar;

        Progress(List<Step> steps) {
            bar = new Bench.Progress(steps.stream()
                    .mapToLong(s -> (long) s.weight() * s.sql().size())
                    .sum());
        }
    }

    private static List<String> chunked(String sql) {
        var list = new ArrayList<String>();
        int per = THERAPISTS / CHUNKS;
        for (int i = 0; i < CHUNKS; i++) {
            list.add(sql.replace(":lo", String.valueOf(i * per + 1)).replace(":hi", String.valueOf((i + 1) * per)));
        }
        return list;
    }

    private static List<Step> steps(String hash) {
        var steps = new ArrayList<Step>();
        steps.add(new Step(
                "clinic and therapists",
                1,
                List.of(
                        "insert into clinic (id, name, time_zone) values (1, 'Bench Counselling Clinic', 'America/Halifax')",
                        "insert into app_user (email, password_hash, role, display_name) values ('admin@bench.example', '"
                                + hash + "', 'ADMIN', 'Bench Administrator')",
                        """
                create unlogged table bench_name as select
                  array['Amara','Benoît','Chloé','Darius','Élise','Farah','Gabriel','Hana','Ibrahim','Jasmine',
                        'Kwame','Léa','Mateo','Nadia','Owen','Parisa','Quinn','Rosalie','Santiago','Talia',
                        'Umar','Valérie','Wen','Xavier','Yara','Zain','Aisling','Bao','Camille','Dmitri',
                        'Esi','François','Gita','Hamid','Inès','Jonah','Kiri','Luc','Mei','Noor'] as first_names,
                  array['Abbott','Bélanger','Chen','Doucet','Ekwueme','Fitzgerald','Gauthier','Haddad','Ishikawa',
                        'Jovanović','Khan','LeBlanc','MacDonald','Nakamura','O''Neill','Pelletier','Qureshi','Roy',
                        'Saint-Pierre','Thibodeau','Umarov','Vo','Wójcik','Xu','Yilmaz','Zhang','Arsenault','Boudreau',
                        'Cormier','Da Silva','Ellis','Fraser','Gallant','Hébert','Iyer','Jacobs','Kowalski','Landry',
                        'Murphy','Nguyen','Ouellette','Poirier','Richard','Sánchez','Tran','Usher','Vautour',
                        'White','Young','Zięba'] as last_names
                """,
                        "create unlogged table bench_therapist as select g as idx, gen_random_uuid() as id from generate_series(1, "
                                + THERAPISTS + ") g",
                        "insert into app_user (id, email, password_hash, role, display_name) select t.id,"
                                + " format('therapist%s@bench.example', lpad(t.idx::text, 2, '0')), '" + hash
                                + "', 'THERAPIST',"
                                + " n.first_names[1 + (t.idx * 7) % 40] || ' ' || n.last_names[1 + (t.idx * 13) % 50]"
                                + " from bench_therapist t, bench_name n",
                        """
                insert into therapist (user_id, credentials, languages, modalities, bio)
                select id, case when idx % 3 = 0 then 'RCT, CCC' else 'RCT' end,
                       case when idx % 4 = 0 then '{English,French}'::text[] else '{English}'::text[] end,
                       '{CBT,ACT}'::text[], 'A counsellor at the bench clinic.'
                from bench_therapist
                """,
                        "insert into booking_settings (therapist_id, accepting_consultations) select id, idx <= "
                                + BOOKABLE + " from bench_therapist",
                        """
                insert into availability_window (therapist_id, kind, day_of_week, start_time, end_time)
                select t.id, 'WORKING', d, time '09:00', time '17:00' from bench_therapist t, generate_series(1, 5) d
                """,
                        "insert into availability_window (therapist_id, kind, day_of_week, start_time, end_time)"
                                + " select t.id, 'CONSULTATION', d, w.s, w.e from bench_therapist t, generate_series(1, 5) d,"
                                + " (values (time '12:00', time '13:00'), (time '17:00', time '18:00')) w(s, e) where t.idx <= "
                                + BOOKABLE)));
        steps.add(new Step(
                "clients",
                5,
                List.of(
                        "create unlogged table bench_client as select t.idx as t_idx, c as c_idx, (t.idx - 1) * "
                                + CLIENTS_PER_THERAPIST + " + c as gidx, t.id as therapist_id, gen_random_uuid() as id,"
                                + " case when c <= " + PORTAL_PER_THERAPIST + " then gen_random_uuid() end as user_id"
                                + " from bench_therapist t, generate_series(1, " + CLIENTS_PER_THERAPIST + ") c",
                        "create index on bench_client (t_idx, c_idx)",
                        """
                insert into app_user (id, email, password_hash, role, display_name)
                select b.user_id, format('client%s@bench.example', lpad(b.gidx::text, 5, '0')), 'HASH', 'CLIENT',
                       n.first_names[1 + b.gidx % 40] || ' ' || n.last_names[1 + (b.gidx / 40) % 50]
                from bench_client b, bench_name n where b.user_id is not null
                """.replace("HASH", hash),
                        """
                insert into client (id, legal_name, preferred_name, pronouns, date_of_birth, email, phone, address,
                                    preferred_language, emergency_name, emergency_phone, emergency_relationship, status,
                                    discharge_date, discharge_reason, primary_therapist_id, consent_signed_on,
                                    email_consent, user_id, created_at)
                select b.id,
                       n.first_names[1 + b.gidx % 40] || ' ' || chr(65 + b.gidx % 26) || '. ' || n.last_names[1 + (b.gidx / 40) % 50],
                       case when b.gidx % 5 = 0 then n.first_names[1 + (b.gidx / 7) % 40] end,
                       case b.gidx % 4 when 0 then 'she/her' when 1 then 'he/him' when 2 then 'they/them' end,
                       date '1950-01-01' + (b.gidx * 37) % 20000,
                       format('client%s@bench.example', lpad(b.gidx::text, 5, '0')),
                       format('902 555 %s', lpad((b.gidx % 10000)::text, 4, '0')),
                       format('%s Main Street, Halifax, NS', b.gidx % 900 + 1),
                       case when b.gidx % 6 = 0 then 'French' else 'English' end,
                       n.first_names[1 + (b.gidx / 3) % 40] || ' ' || n.last_names[1 + (b.gidx / 40) % 50],
                       format('902 555 %s', lpad(((b.gidx * 7) % 10000)::text, 4, '0')), 'partner',
                       case when b.c_idx <= 40 then 'ACTIVE' when b.gidx % 20 = 0 then 'DISCHARGED'
                            when b.gidx % 20 = 1 then 'INACTIVE' when b.gidx % 20 = 2 then 'PROSPECT' else 'ACTIVE' end,
                       case when b.c_idx > 40 and b.gidx % 20 = 0 then current_date - (b.gidx % 1500) end,
                       case when b.c_idx > 40 and b.gidx % 20 = 0 then 'Goals reached; we agreed to end our work together.' end,
                       b.therapist_id, current_date - 1700 + (b.gidx % 1600), b.gidx % 3 <> 0, b.user_id,
                       now() - make_interval(days => 1800 - (b.gidx % 1700))
                from bench_client b, bench_name n
                """,
                        """
                insert into client_concern (client_id, concern_id)
                select distinct b.id, c.id from bench_client b
                join lateral (select array_agg(id order by code) as ids from concern) all_c on true
                join concern c on c.id in (all_c.ids[1 + b.gidx % 7], all_c.ids[1 + (b.gidx / 7) % 7])
                """)));
        steps.add(new Step(
                "appointment plan",
                4,
                List.of(
                        """
                create unlogged table bench_day as
                select d::date as day, (row_number() over (order by d))::int as didx
                from generate_series(current_date - 1643, current_date + 182, interval '1 day') d
                where extract(isodow from d) < 6
                """,
                        """
                create unlogged table bench_plan as
                with consult as (
                    select t.idx as t_idx, t.id as therapist_id, d.day, d.didx, 12 as h, 'CONSULTATION' as kind
                    from bench_therapist t, bench_day d where t.idx <= %d and (d.didx + t.idx) %% 3 = 0),
                sessions as (
                    select t.idx, t.id, d.day, d.didx, h, 'SESSION' from bench_therapist t, bench_day d,
                           unnest(array[9, 10, 11, 13, 14, 15, 16]) h
                    order by hashint4(t.idx * 1000003 + d.didx * 17 + h)
                    limit %d - (select count(*) from consult))
                select gen_random_uuid() as aid, p.*,
                       (p.day + make_time(p.h, 0, 0)) at time zone 'America/Halifax' as starts_at,
                       (p.day + make_time(p.h, 0, 0)) at time zone 'America/Halifax'
                           + case when p.kind = 'SESSION' then interval '50 minutes' else interval '15 minutes' end as ends_at,
                       (hashint4(p.didx * 31 + p.h * 7 + p.t_idx) & 2147483647) as hv
                from (select * from consult union all select * from sessions) p
                """.formatted(BOOKABLE, APPOINTMENTS).replace("%%", "%"),
                        "alter table bench_plan add column status text, add column client_id uuid",
                        """
                update bench_plan p set
                    status = case when p.starts_at > now() then 'BOOKED' when p.hv % 100 < 4 then 'NO_SHOW'
                                  when p.hv % 100 < 10 then 'CANCELLED' else 'COMPLETED' end,
                    client_id = case when p.kind = 'SESSION' then
                        (select b.id from bench_client b where b.t_idx = p.t_idx and b.c_idx = 1 + p.hv % 360) end
                """,
                        "create index on bench_plan (t_idx)")));
        steps.add(new Step("appointments", 6, chunked("""
                insert into appointment (id, therapist_id, kind, status, starts_at, ends_at, client_id, cancel_reason,
                                         created_at, updated_at)
                select aid, therapist_id, kind, status, starts_at, ends_at, client_id,
                       case when status = 'CANCELLED' then 'Client was unwell.' end,
                       starts_at - interval '14 days', starts_at - interval '14 days'
                from bench_plan where t_idx between :lo and :hi
                """)));
        steps.add(new Step("sessions and consultations", 4, chunked("""
                with s as (
                    insert into therapy_session (appointment_id, session_type, mode, video_link, location, reminder_sent_at, created_at)
                    select aid, case when hv % 10 = 0 then 'COUPLE' else 'INDIVIDUAL' end,
                           case when hv % 3 = 0 then 'VIDEO' else 'IN_PERSON' end,
                           case when hv % 3 = 0 then 'https://video.bench.example/room-' || t_idx end,
                           case when hv % 3 <> 0 then 'Room ' || (1 + t_idx % 6) end,
                           case when starts_at < now() then starts_at - interval '1 day' end, starts_at - interval '14 days'
                    from bench_plan where kind = 'SESSION' and t_idx between :lo and :hi returning 1)
                insert into consultation (appointment_id, reference, name, email, consent_at, manage_token_hash,
                                          booker_time_zone, reminder_sent_at, created_at)
                select aid, upper(substr(md5(aid::text), 1, 4) || '-' || substr(md5(aid::text), 5, 4)),
                       'Visitor ' || hv % 10000, format('visitor%s@bench.example', replace(aid::text, '-', '')),
                       starts_at - interval '10 days', encode(sha256(convert_to(aid::text, 'UTF8')), 'hex'),
                       'America/Halifax', case when starts_at < now() then starts_at - interval '1 day' end,
                       starts_at - interval '10 days'
                from bench_plan where kind = 'CONSULTATION' and t_idx between :lo and :hi
                """)));
        steps.add(new Step(
                "note plan",
                3,
                List.of(
                        """
                create unlogged table bench_note as
                select gen_random_uuid() as nid, aid, t_idx, therapist_id, client_id, day, hv, starts_at
                from bench_plan where kind = 'SESSION' and status = 'COMPLETED'
                order by hashint4(hv + t_idx) limit %d
                """.formatted(NOTES),
                        "create index on bench_note (t_idx)",
                        // Bulk-built at the end, as fast as PostgreSQL can; the definition is the migration's,
                        // unchanged.
                        "drop index session_note_section_search")));
        steps.add(new Step("draft notes", 3, chunked("""
                insert into session_note (id, client_id, therapist_id, appointment_id, session_date, template, distress,
                                          risk_flag, risk_note, practices, created_at, updated_at)
                select nid, client_id, therapist_id, aid, day, 'DAP', (hv % 11)::smallint, hv % 50 = 0,
                       case when hv % 50 = 0 then 'Passive thoughts mentioned; safety plan reviewed, no intent.' end,
                       case when hv % 4 = 0 then '{Box breathing}'::text[] else '{}'::text[] end,
                       starts_at + interval '1 hour', starts_at + interval '1 hour'
                from bench_note where t_idx between :lo and :hi
                """)));
        steps.add(new Step("note sections", 8, chunked("""
                insert into session_note_section (note_id, section, body)
                select n.nid, s.section,
                       case s.section
                       when 'data' then 'Client described ' || (array['a tense week at work','an argument with their partner',
                            'trouble sleeping','feeling distant from family','a calmer week','panic before a presentation',
                            'grief around an anniversary','loneliness after a move'])[1 + n.hv % 8]
                            || ' and ' || (array['withdrawing when upset','snapping at people close to them',
                            'managing everything alone','noticing their breathing speed up','using the evening check-in',
                            'journaling most nights','avoiding hard conversations'])[1 + (n.hv / 8) % 7] || '.'
                       when 'assessment' then (array['Stress overload limits room for connection.',
                            'Avoidance protects from conflict but leaves both feeling alone.',
                            'Early attachment patterns show up as hyper-independence.',
                            'Misattunement with partner drives escalation.',
                            'Good progress: more repair after ruptures.'])[1 + (n.hv / 56) % 5]
                            || ' Distress ' || n.hv % 11 || ' of 10.'
                       else 'Plan: ' || (array['practise box breathing daily','name the feeling before responding',
                            'an evening check-in ritual with partner','three lines before bed',
                            'reach back after a rough moment','ask for one small thing this week'])[1 + (n.hv / 280) % 6]
                            || '; review next session.'
                       end
                from bench_note n, unnest(array['data', 'assessment', 'plan']) s(section)
                where n.t_idx between :lo and :hi
                """)));
        steps.add(new Step("note themes", 6, chunked("""
                insert into session_note_theme (note_id, theme_id)
                select distinct n.nid, th.ids[1 + k.v %% array_length(th.ids, 1)]
                from bench_note n
                cross join (select array_agg(id order by category, name) as ids from theme) th
                cross join lateral (values (n.hv), (n.hv / 33), (n.hv / 1089 + n.t_idx)) k(v)
                where n.t_idx between :lo and :hi and (k.v <> n.hv / 1089 + n.t_idx or n.hv %% 2 = 0)
                """.replace("%%", "%"))));
        steps.add(new Step("sign notes", 6, chunked("""
                update session_note n set status = 'SIGNED', signed_at = b.starts_at + interval '3 hours',
                       signed_by = b.therapist_id, updated_at = b.starts_at + interval '3 hours', version = 1,
                       content_hash = encode(sha256(convert_to(b.nid::text || b.hv, 'UTF8')), 'hex')
                from bench_note b where n.id = b.nid and b.t_idx between :lo and :hi
                """)));
        steps.add(new Step(
                "full-text index",
                12,
                List.of("create index session_note_section_search on session_note_section using gin (search)")));
        steps.add(new Step(
                "assignments",
                4,
                List.of(
                        """
                create unlogged table bench_assignment as
                select gen_random_uuid() as id, (row_number() over (order by b.gidx, k))::int as aidx, b.id as client_id,
                       b.therapist_id, b.t_idx, b.c_idx, b.gidx, k,
                       p.ids[1 + (b.gidx * 3 + k) %% array_length(p.ids, 1)] as practice_id,
                       case when b.c_idx <= %d then current_date - (b.gidx + k * 11) %% 45
                            else current_date - 60 - (b.gidx * 7 + k * 101) %% 1700 end as starts_on
                from bench_client b, generate_series(1, %d) k,
                     (select array_agg(id order by title) as ids from practice where owner_id is null) p
                """.formatted(PORTAL_PER_THERAPIST, ASSIGNMENTS_PER_CLIENT)
                                .replace("%%", "%"),
                        """
                insert into assignment (id, client_id, therapist_id, practice_id, frequency, times_per_week, starts_on,
                                        ends_on, note, status, seen_at, created_at, updated_at)
                select id, client_id, therapist_id, practice_id,
                       case k when 1 then 'DAILY' when 2 then 'TIMES_PER_WEEK' else 'ONCE' end,
                       case when k = 2 then 3 end, starts_on,
                       case when c_idx > %d then starts_on + 56 end,
                       case when gidx %% 2 = 0 then 'Try this after dinner, when the house is quiet.' end,
                       case when c_idx > %d then 'ENDED' else 'ACTIVE' end,
                       case when c_idx > %d or k = 1 then starts_on + time '20:00' end,
                       starts_on - interval '1 hour', starts_on - interval '1 hour'
                from bench_assignment
                """.formatted(PORTAL_PER_THERAPIST, PORTAL_PER_THERAPIST, PORTAL_PER_THERAPIST)
                                .replace("%%", "%"),
                        """
                insert into assignment_event (assignment_id, occurred_at, actor_id, kind, frequency, times_per_week,
                                              starts_on, ends_on)
                select a.id, a.created_at, a.therapist_id, 'ASSIGNED', a.frequency, a.times_per_week, a.starts_on, a.ends_on
                from assignment a
                """,
                        "create index on bench_assignment (aidx)")));
        var completions = new ArrayList<String>();
        int assignments = THERAPISTS * CLIENTS_PER_THERAPIST * ASSIGNMENTS_PER_CLIENT;
        for (int i = 0; i < CHUNKS; i++) {
            // 16 completions for every third assignment and 17 for the others: 1,000,000 for 60,000 assignments.
            completions.add("""
                    insert into completion (assignment_id, done_at, distress_before, distress_after, helpfulness,
                                            reflection, idempotency_key)
                    select a.id, least(a.starts_on + (i * 3 / (case when a.k = 1 then 3 else 7 end)) + time '19:30'
                                       + make_interval(mins => (a.gidx * 7 + i * 13) %% 120),
                                       now() - make_interval(hours => i * 3)),
                           (4 + (a.gidx + i) %% 6)::smallint, (2 + (a.gidx + i) %% 4)::smallint,
                           (1 + (a.gidx * i) %% 5)::smallint,
                           case when i %% 3 = 0 then (array['It helped me slow down before answering.',
                                'Hard to find the time today, but I did it.', 'I felt calmer afterwards.',
                                'We talked for ten minutes and it was nice.'])[1 + (a.gidx + i) %% 4] end,
                           gen_random_uuid()
                    from bench_assignment a, generate_series(1, 17) i
                    where a.aidx between %d and %d and (i <= 16 or a.aidx %% 3 <> 0)
                    """.formatted(i * assignments / CHUNKS + 1, (i + 1) * assignments / CHUNKS)
                    .replace("%%", "%"));
        }
        steps.add(new Step("completions", 5, completions));
        steps.add(new Step(
                "audit trail", 6, List.of("""
                insert into audit_event (occurred_at, actor_id, actor_role, action, client_id, record_type, record_id)
                select now() - make_interval(mins => (%d - g) * 5), b.therapist_id, 'THERAPIST',
                       case when g %% 10 = 0 then 'UPDATE' else 'VIEW' end, b.id, 'client', b.id::text
                from generate_series(1, %d) g
                join bench_client b on b.gidx = 1 + (g * 7919) %% %d
                order by g
                """.formatted(AUDIT_EVENTS, AUDIT_EVENTS, THERAPISTS * CLIENTS_PER_THERAPIST)
                        .replace("%%", "%"))));
        steps.add(new Step(
                "tidy up and analyse",
                8,
                List.of(
                        "drop table bench_assignment, bench_note, bench_plan, bench_day, bench_client, bench_therapist, bench_name",
                        "vacuum analyze")));
        return steps;
    }

    private Generate() {}
}
