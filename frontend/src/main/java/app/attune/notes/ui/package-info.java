/**
 * Session notes for therapists (the editor, search, a client's notes and themes over time, overdue drafts) and the
 * admin's theme catalogue; other features add panels beside a client's themes timeline.
 */
@NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package app.attune.notes.ui;

import org.springframework.modulith.NamedInterface;
