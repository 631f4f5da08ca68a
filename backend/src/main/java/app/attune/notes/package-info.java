/**
 * Session notes (drafts, signing, addenda, search, export) and the co-regulation themes that tag them, with the
 * taxonomy the clinic keeps.
 */
@org.jspecify.annotations.NullMarked
package app.attune.notes;
