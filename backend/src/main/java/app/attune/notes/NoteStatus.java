package app.attune.notes;

/** A draft can change; a signed note never does. */
public enum NoteStatus {
    DRAFT,
    SIGNED
}
