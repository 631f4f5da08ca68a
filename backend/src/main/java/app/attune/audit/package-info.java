/** The audit log: who did what to which client's record, and when, kept append-only. */
@org.jspecify.annotations.NullMarked
package app.attune.audit;
