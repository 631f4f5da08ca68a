-- The co-regulation theme taxonomy: what a session note can be tagged with, and what practices address.
-- Seeded from the clinic's taxonomy; the clinic adds its own. A retired theme stays on the records that carry it.
create table theme (
    id          uuid        primary key default gen_random_uuid(),
    category    text        not null check (category in ('SIGN', 'BARRIER', 'PRACTICE_IN_SESSION',
                                                         'RELATIONSHIP_CONTEXT', 'SELF_REGULATION', 'MODALITY')),
    name        text        not null check (length(btrim(name)) between 1 and 60 and name = btrim(name)),
    description text        not null check (length(btrim(description)) between 1 and 300),
    retired_at  timestamptz,
    created_at  timestamptz not null default now(),
    version     bigint      not null default 0
);

-- one theme of a name per category, whatever its case: "Breathing" and "breathing" would confuse the picker
create unique index theme_name_per_category on theme (category, lower(name));

insert into theme (category, name, description) values
    ('SIGN', 'Active listening', 'Feeling truly heard: the other person takes in what you say without cutting in or brushing it aside.'),
    ('SIGN', 'Softened voice and eye contact', 'Even in a disagreement, the tone stays warm and the gaze stays connected rather than threatening.'),
    ('SIGN', 'Mutual support', 'When one person is under strain, the other offers comfort without making light of it.'),
    ('SIGN', 'Emotional safety', 'Being able to show what you feel without fearing judgement or rejection.'),
    ('SIGN', 'Predictable presence', 'Steady, consistent responses that make someone reliable to lean on.'),
    ('BARRIER', 'Emotional avoidance', 'Pulling away when feelings run high, which the other person can experience as being left alone.'),
    ('BARRIER', 'Hyper-independence', 'A sense of having to manage everything alone, which keeps support at arm''s length.'),
    ('BARRIER', 'Trauma history', 'Earlier hurts that can make closeness feel risky and bring on shutting down or anger as protection.'),
    ('BARRIER', 'Misattunement', 'Often misreading what the other person needs, so both end up frustrated and further apart.'),
    ('BARRIER', 'Stress overload', 'When one or both people are worn out, there is little room left to steady each other.'),
    ('PRACTICE_IN_SESSION', 'Self-awareness check-in', 'Noticing your own state first, so you bring calm rather than tension into the moment.'),
    ('PRACTICE_IN_SESSION', 'Soothing non-verbals', 'Posture, face and a slow, quiet voice that signal safety without words.'),
    ('PRACTICE_IN_SESSION', 'Naming the emotion', 'Putting a feeling into words so it feels understandable and allowed.'),
    ('PRACTICE_IN_SESSION', 'Physical comfort (with consent)', 'A hug, a hand, or simply sitting close, always offered and never assumed.'),
    ('PRACTICE_IN_SESSION', 'Rituals of connection', 'Small routines people can count on, like a coffee together or a check-in at day''s end.'),
    ('PRACTICE_IN_SESSION', 'Respond, don''t react', 'Slowing down and settling yourself before answering when emotions are high.'),
    ('PRACTICE_IN_SESSION', 'Repair after rupture', 'Coming back after a hard moment to reconnect and rebuild trust.'),
    ('RELATIONSHIP_CONTEXT', 'Romantic partner', 'Patterns with a partner, often the person someone turns to first.'),
    ('RELATIONSHIP_CONTEXT', 'Friendship', 'Patterns with friends and the wider circle of support.'),
    ('RELATIONSHIP_CONTEXT', 'Family', 'Patterns with parents, children, siblings and relatives.'),
    ('RELATIONSHIP_CONTEXT', 'Counselling relationship', 'What happens between client and therapist, which can model safe connection.'),
    ('SELF_REGULATION', 'Breathing', 'Using slow, steady breaths to help the body settle.'),
    ('SELF_REGULATION', 'Journaling', 'Writing things down to make sense of thoughts and feelings.'),
    ('SELF_REGULATION', 'Mindfulness', 'Gently bringing attention back to the present moment without judging it.'),
    ('MODALITY', 'CBT', 'Cognitive behavioural therapy: working with the links between thoughts, feelings and actions.'),
    ('MODALITY', 'CPT', 'Cognitive processing therapy: a structured way of working through beliefs shaped by trauma.'),
    ('MODALITY', 'DBT', 'Dialectical behaviour therapy: skills for distress, emotions, relationships and mindfulness.'),
    ('MODALITY', 'ACT', 'Acceptance and commitment therapy: making room for feelings while moving toward what matters.'),
    ('MODALITY', 'Solution-focused', 'Building on what already works and on the small changes someone wants next.'),
    ('MODALITY', 'Narrative', 'Looking at the stories people tell about their lives, and finding room for new ones.'),
    ('MODALITY', 'EFT', 'Emotionally focused therapy: understanding and reshaping the emotional bonds between people.'),
    ('MODALITY', 'Attachment-based', 'Working with the ways early bonds shape how someone connects now.'),
    ('MODALITY', 'Trauma-informed', 'Care that keeps safety, choice and the effects of trauma in mind throughout.');
