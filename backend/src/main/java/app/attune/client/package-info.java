/** Client records: the therapist's caseload, each client's profile, discharge and portal invitations. */
package app.attune.client;
