-- Between-session practices: the clinic's library (and therapists' own), assignments to clients with their history,
-- and the completions clients record.

create table practice (
    id          uuid        primary key default gen_random_uuid(),
    title       text        not null check (length(btrim(title)) between 1 and 120 and title = btrim(title)),
    category    text        not null check (category in ('CO_REGULATION', 'SELF_REGULATION')),
    minutes     integer     not null check (minutes between 1 and 120),
    -- the steps in order, one per line
    steps       text        not null check (length(btrim(steps)) between 1 and 4000),
    why         text        not null check (length(btrim(why)) between 1 and 1000),
    -- null for the clinic's library; otherwise the therapist whose own practice it is
    owner_id    uuid        references therapist (user_id),
    copied_from uuid        references practice (id),
    retired_at  timestamptz,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 0
);
-- in use, a title names one practice of the library, and one of each therapist's own
create unique index practice_title_per_owner on practice
    (coalesce(owner_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(title)) where retired_at is null;

create table practice_theme (
    practice_id uuid not null references practice (id) on delete cascade,
    theme_id    uuid not null references theme (id),
    primary key (practice_id, theme_id)
);
create index practice_theme_theme on practice_theme (theme_id);

-- A practice given to one client: how often, from when to when, and a personal note.
create table assignment (
    id             uuid        primary key default gen_random_uuid(),
    client_id      uuid        not null references client (id),
    therapist_id   uuid        not null references therapist (user_id),
    practice_id    uuid        not null references practice (id),
    frequency      text        not null check (frequency in ('DAILY', 'TIMES_PER_WEEK', 'ONCE')),
    times_per_week integer     check (times_per_week between 1 and 7),
    starts_on      date        not null,
    ends_on        date,
    note           text        check (length(note) <= 1000),
    status         text        not null default 'ACTIVE' check (status in ('ACTIVE', 'PAUSED', 'ENDED')),
    -- when the client first saw it in the portal; until then it shows as new
    seen_at        timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint      not null default 0,
    check ((frequency = 'TIMES_PER_WEEK') = (times_per_week is not null)),
    check (ends_on is null or ends_on >= starts_on)
);
create index assignment_client on assignment (client_id, status);
create index assignment_therapist_open on assignment (therapist_id) where status <> 'ENDED';

-- Every change to an assignment, with the schedule as it was after the change: the history the therapist sees.
create table assignment_event (
    id             bigint      generated always as identity primary key,
    assignment_id  uuid        not null references assignment (id),
    occurred_at    timestamptz not null,
    actor_id       uuid        not null references app_user (id),
    kind           text        not null check (kind in ('ASSIGNED', 'CHANGED', 'PAUSED', 'RESUMED', 'ENDED')),
    frequency      text        not null check (frequency in ('DAILY', 'TIMES_PER_WEEK', 'ONCE')),
    times_per_week integer     check (times_per_week between 1 and 7),
    starts_on      date        not null,
    ends_on        date
);
create index assignment_event_assignment on assignment_event (assignment_id, occurred_at);

-- The client's record of having done a practice once.
create table completion (
    id              uuid        primary key default gen_random_uuid(),
    assignment_id   uuid        not null references assignment (id),
    done_at         timestamptz not null,
    distress_before smallint    not null check (distress_before between 0 and 10),
    distress_after  smallint    not null check (distress_after between 0 and 10),
    helpfulness     smallint    check (helpfulness between 1 and 5),
    reflection      text        check (length(reflection) <= 2000),
    -- made by the "I did it" screen when it opens: a double tap or a retry carries the same key and records once
    idempotency_key uuid        not null,
    created_at      timestamptz not null default now(),
    check (done_at <= created_at + interval '5 minutes'),
    unique (assignment_id, idempotency_key)
);
create index completion_assignment_time on completion (assignment_id, done_at desc);

insert into practice (title, category, minutes, steps, why) values
    ('Check in with yourself first', 'CO_REGULATION', 5,
     E'Find a quiet moment before a conversation that matters to you.\nClose your eyes or soften your gaze, and notice your shoulders, jaw and breathing.\nAsk yourself: am I settled, or am I carrying tension in with me?\nIf you notice tension, take three slow breaths and let your shoulders drop.\nGo into the conversation when you feel a little steadier.',
     'We can only offer calm we have found ourselves. A short pause helps you arrive as you want to, not on autopilot.'),
    ('A calm body, a calm voice', 'CO_REGULATION', 10,
     E'When someone close to you is upset, sit beside them rather than across from them.\nLet your face and hands relax, and keep your body open.\nLower your voice and speak a little more slowly than usual.\nLet a few quiet moments pass without rushing to fill them.\nAfterwards, jot down what you noticed in them and in you.',
     'Our bodies read each other before words land. Softness in your posture and voice tells the other person they are not alone.'),
    ('Name the feeling', 'CO_REGULATION', 5,
     E'When a strong feeling shows up, in you or in someone close, pause.\nTry to put one or two words to it: worried, hurt, overwhelmed, let down.\nSay it gently, out loud or to yourself: "It makes sense to feel this way."\nIf it is someone else''s feeling, add: "I''m here, even if I can''t fix it."\nNotice what shifts, even slightly, after the feeling has a name.',
     'A feeling with a name feels less frightening and more understandable. Being met with understanding helps the body settle.'),
    ('Comfort, offered and welcomed', 'CO_REGULATION', 10,
     E'Choose a calm moment with someone you trust.\nAsk what kind of comfort feels good to them, and share what feels good to you.\nWhen one of you is stressed, offer it: "Would a hug help, or shall I just sit with you?"\nAccept a "no" warmly; sitting nearby can be enough.\nNotice how your body feels afterwards.',
     'Closeness that is asked for and welcomed can calm the body quickly. Asking first keeps it safe for both people.'),
    ('An evening check-in ritual', 'CO_REGULATION', 15,
     E'Pick a regular time at the end of the day with a partner, friend or family member.\nPut phones away and sit together.\nTake turns answering: "What was one hard moment today, and one good one?"\nListen without fixing or advising; a nod or "that sounds hard" is plenty.\nEnd the same way each time, for example with a cup of tea or a goodnight.',
     'Small routines we can count on build a sense of safety over time. Knowing there is a moment to be heard makes the day easier to carry.'),
    ('Pause before you answer', 'CO_REGULATION', 5,
     E'Notice the early signs that you are getting activated: a hot face, a tight chest, a raised voice.\nSay something simple like "Give me a moment, I want to answer well."\nTake three slow breaths, longer on the way out.\nAsk yourself what you want the other person to understand.\nThen answer, starting with "I feel" rather than "you always".',
     'A few seconds can turn a reaction into a response. Settling yourself first keeps a hard conversation from escalating.'),
    ('Reaching back after a rough moment', 'CO_REGULATION', 10,
     E'Once you both feel calmer, choose a moment to come back to what happened.\nSay what was going on for you, without blaming: "I was overwhelmed and couldn''t be there for you."\nSay that the relationship matters: "I care about you and I want us to reconnect."\nAsk how it was for them, and listen.\nAgree on one small thing that might help next time.',
     'Nobody gets it right every time; what rebuilds trust is coming back. Repair shows that a rough moment doesn''t end the connection.'),
    ('Asking for one small thing', 'CO_REGULATION', 10,
     E'Think of one small way someone could support you this week.\nChoose a person you feel reasonably safe with.\nAsk plainly: "Could you help me with this?" or "Could we talk for ten minutes?"\nNotice any urge to take it back or to manage alone, and let it be there.\nAfterwards, write down how it felt to receive help.',
     'Carrying everything alone is exhausting. Letting someone in, a little at a time, makes room for support to reach you.'),
    ('Box breathing', 'SELF_REGULATION', 5,
     E'Sit comfortably with your feet on the floor.\nBreathe in through your nose for a count of four.\nHold gently for a count of four.\nBreathe out slowly for a count of four.\nHold for four again, then repeat for about four rounds.',
     'A steady rhythm gives the mind something simple to follow and helps the body shift out of alarm.'),
    ('Longer breath out', 'SELF_REGULATION', 5,
     E'Rest one hand on your belly.\nBreathe in through your nose for a count of four.\nBreathe out through softly pursed lips for a count of six.\nKeep going for ten breaths, letting the out-breath be unhurried.\nNotice any change in your shoulders and your heartbeat.',
     'Breathing out for longer than you breathe in is one of the quickest ways to tell your body it is safe to slow down.'),
    ('Three lines before bed', 'SELF_REGULATION', 10,
     E'Keep a notebook or a note on your phone by your bed.\nWrite one line about what you felt today.\nWrite one line about what you needed.\nWrite one line about something, however small, that went all right.\nClose the notebook; there is nothing to fix tonight.',
     'Writing helps untangle feelings and put them down for the night. Short and regular is kinder than long and rare.'),
    ('A letter you don''t send', 'SELF_REGULATION', 15,
     E'Think of a feeling you have been holding in about a person or a situation.\nWrite a letter to them that you will not send.\nSay what happened, how it felt, and what you wish had been different.\nEnd with one sentence of kindness toward yourself.\nKeep it, tear it up or bring it to your next session: it is yours.',
     'Putting held-in feelings on paper lets them move, without the pressure of how someone else will respond.'),
    ('Five senses grounding', 'SELF_REGULATION', 5,
     E'Wherever you are, pause and look around.\nName five things you can see.\nNotice four things you can feel, such as your feet on the floor.\nListen for three sounds, then notice two smells and one taste.\nTake one slow breath and notice where you are right now.',
     'When the past or worry pulls you away, your senses bring you back to the present, where you are safe enough in this moment.'),
    ('A mindful cup of tea', 'SELF_REGULATION', 5,
     E'Make a warm drink and sit down with it, away from screens.\nHold the cup and notice its warmth in your hands.\nLook at the colour and the steam, and breathe in the smell.\nSip slowly, noticing the taste and the warmth as you swallow.\nWhen your mind wanders, and it will, gently come back to the cup.',
     'Mindfulness doesn''t need special time. A few unhurried minutes with one simple thing give a busy mind a rest.');

insert into practice_theme (practice_id, theme_id)
select p.id, t.id from (values
    ('Check in with yourself first', 'Self-awareness check-in'),
    ('Check in with yourself first', 'Stress overload'),
    ('Check in with yourself first', 'Mindfulness'),
    ('A calm body, a calm voice', 'Soothing non-verbals'),
    ('A calm body, a calm voice', 'Softened voice and eye contact'),
    ('A calm body, a calm voice', 'Emotional safety'),
    ('Name the feeling', 'Naming the emotion'),
    ('Name the feeling', 'Misattunement'),
    ('Name the feeling', 'Emotional avoidance'),
    ('Comfort, offered and welcomed', 'Physical comfort (with consent)'),
    ('Comfort, offered and welcomed', 'Mutual support'),
    ('Comfort, offered and welcomed', 'Hyper-independence'),
    ('An evening check-in ritual', 'Rituals of connection'),
    ('An evening check-in ritual', 'Predictable presence'),
    ('An evening check-in ritual', 'Active listening'),
    ('Pause before you answer', 'Respond, don''t react'),
    ('Pause before you answer', 'Stress overload'),
    ('Pause before you answer', 'Trauma history'),
    ('Reaching back after a rough moment', 'Repair after rupture'),
    ('Reaching back after a rough moment', 'Misattunement'),
    ('Reaching back after a rough moment', 'Emotional avoidance'),
    ('Asking for one small thing', 'Hyper-independence'),
    ('Asking for one small thing', 'Mutual support'),
    ('Box breathing', 'Breathing'),
    ('Box breathing', 'Stress overload'),
    ('Longer breath out', 'Breathing'),
    ('Longer breath out', 'Stress overload'),
    ('Longer breath out', 'Trauma history'),
    ('Three lines before bed', 'Journaling'),
    ('Three lines before bed', 'Emotional avoidance'),
    ('A letter you don''t send', 'Journaling'),
    ('A letter you don''t send', 'Trauma history'),
    ('Five senses grounding', 'Mindfulness'),
    ('Five senses grounding', 'Trauma history'),
    ('A mindful cup of tea', 'Mindfulness'),
    ('A mindful cup of tea', 'Stress overload')
) as link (practice, theme)
join practice p on p.title = link.practice and p.owner_id is null
join theme t on t.name = link.theme;
