-- Free slots, the calendar and booking ask for a therapist's active appointments that overlap a range of days
-- (starts_at < :to and ends_at > :from). The GiST index on (therapist_id, during) doesn't serve that condition, so with
-- years of history PostgreSQL read the whole table (170 ms at 400,000 appointments, docs/performance.md). Appointments
-- that end after the range starts are few, since the range is about now; this index finds them directly.
create index appointment_therapist_ends on appointment (therapist_id, ends_at) where status <> 'CANCELLED';
