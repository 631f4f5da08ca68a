/** Appointments (one table for consultations and sessions), therapists' availability, time off and booking rules. */
@org.jspecify.annotations.NullMarked
package app.attune.scheduling;
