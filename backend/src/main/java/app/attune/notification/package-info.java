/** Emails to clients and staff: an outbox written with each change, and a sender that delivers it over SMTP. */
package app.attune.notification;
