/** The audit log: who did what to which client's record, and when, kept append-only. */
package app.attune.audit;
