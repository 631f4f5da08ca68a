/** Free consultations on screen: the public booking page, the booker's private page, and the therapist's list. */
@NullMarked
package app.attune.consultation.ui;

import org.jspecify.annotations.NullMarked;
