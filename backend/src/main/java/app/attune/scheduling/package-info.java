/**
 * Appointments (one table for consultations and sessions), sessions and their series, the calendar and session
 * reminders; availability and the calendar feed are the sub-packages {@code availability} and {@code feed}.
 */
@org.jspecify.annotations.NullMarked
package app.attune.scheduling;
