/** Emails to clients and staff: an outbox written with each change, and a sender that delivers it over SMTP. */
@org.jspecify.annotations.NullMarked
package app.attune.notification;
