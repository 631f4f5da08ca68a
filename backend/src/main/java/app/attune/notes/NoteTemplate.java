package app.attune.notes;

import java.util.List;

/** How a note is laid out: the sections it asks for, in order. */
public enum NoteTemplate {
    DAP(List.of("data", "assessment", "plan")),
    SOAP(List.of("subjective", "objective", "assessment", "plan")),
    BIRP(List.of("behaviour", "intervention", "response", "plan")),
    FREE(List.of("note"));

    private final List<String> sections;

    NoteTemplate(List<String> sections) {
        this.sections = sections;
    }

    /** The keys of the template's sections, in the order the editor shows them. */
    public List<String> sections() {
        return sections;
    }
}
