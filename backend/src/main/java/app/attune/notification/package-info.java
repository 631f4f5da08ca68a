/**
 * Emails to clients and staff: an outbox written with each change, a sender that delivers it over SMTP, and the runner
 * that sends each feature's reminders a day ahead.
 */
@org.jspecify.annotations.NullMarked
package app.attune.notification;
