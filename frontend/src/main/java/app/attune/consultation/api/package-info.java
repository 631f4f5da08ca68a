/** The public JSON API the clinic's own website uses to list therapists and free times, and to book consultations. */
@NullMarked
package app.attune.consultation.api;

import org.jspecify.annotations.NullMarked;
