/** Each therapist's private calendar subscription (an iCalendar feed behind a secret address). */
@org.jspecify.annotations.NullMarked
package app.attune.scheduling.feed;
