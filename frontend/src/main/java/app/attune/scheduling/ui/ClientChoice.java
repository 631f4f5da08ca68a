package app.attune.scheduling.ui;

import java.util.UUID;

/** A client as the session form's picker lists them. */
record ClientChoice(UUID id, String name) {}
