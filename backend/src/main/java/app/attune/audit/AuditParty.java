package app.attune.audit;

import java.util.UUID;

/** Someone who appears in the audit log, as a filter choice: a person who acted, or a client acted upon. */
public record AuditParty(UUID id, String name) {}
