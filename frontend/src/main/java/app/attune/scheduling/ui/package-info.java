/** The therapist's day and calendar, and the client's sessions; other features add panels to the therapist's day. */
@NamedInterface("ui")
package app.attune.scheduling.ui;

import org.springframework.modulith.NamedInterface;
