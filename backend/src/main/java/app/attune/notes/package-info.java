/** Session notes and the co-regulation themes that tag them; for now, the theme taxonomy the clinic keeps. */
package app.attune.notes;
