/** Client records: the therapist's caseload, each client's profile, discharge and portal invitations. */
@org.jspecify.annotations.NullMarked
package app.attune.client;
