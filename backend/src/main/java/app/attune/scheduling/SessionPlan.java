package app.attune.scheduling;

import java.util.List;

/** Every date a new session or series would take, each with its conflict if the time is not free. */
public record SessionPlan(List<Occurrence> occurrences) {

    /** The dates that are taken. */
    public List<Occurrence> conflicts() {
        return occurrences.stream().filter(o -> !o.free()).toList();
    }
}
