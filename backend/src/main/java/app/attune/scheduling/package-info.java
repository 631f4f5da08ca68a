/** Appointments (one table for consultations and sessions), therapists' availability, time off and booking rules. */
package app.attune.scheduling;
