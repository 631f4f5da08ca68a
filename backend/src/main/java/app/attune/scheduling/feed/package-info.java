/** Each therapist's private calendar subscription (an iCalendar feed behind a secret address). */
package app.attune.scheduling.feed;
