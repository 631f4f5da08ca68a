package app.attune.client;

import java.util.UUID;

/** A presenting concern a record can carry. {@code code} names the translation of seeded ones. */
public record ConcernOption(UUID id, String code, String name, boolean retired) {}
