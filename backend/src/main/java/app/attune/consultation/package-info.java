/** Free 15-minute consultations: free slots, booking without an account, the booker's private link, reminders. */
@org.jspecify.annotations.NullMarked
package app.attune.consultation;
