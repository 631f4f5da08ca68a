/**
 * Appointments (one table for consultations and sessions), therapists' availability, time off and booking rules,
 * sessions and their series, the calendar and its feed, and session reminders.
 */
package app.attune.scheduling;
