/** The public JSON API the clinic's own website uses to list therapists and free times, and to book consultations. */
package app.attune.consultation.api;
