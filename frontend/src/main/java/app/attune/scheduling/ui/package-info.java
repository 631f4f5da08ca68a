/**
 * The therapist's day and calendar, and the client's sessions; other features add panels to the therapist's day and
 * tell it where their pages are. {@code SchedulingNavigation} is the way in.
 */
@NullMarked
@NamedInterface("ui")
package app.attune.scheduling.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
