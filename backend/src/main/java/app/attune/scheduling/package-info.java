/** Appointments (one table for consultations and sessions), session series, calendars and session reminders. */
package app.attune.scheduling;
