/**
 * The audit log: who did what to which client's record, and when, kept append-only and sealed with a key the database
 * never holds; refusals are recorded too.
 */
@org.jspecify.annotations.NullMarked
package app.attune.audit;
