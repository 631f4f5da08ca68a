/** Screens for the co-regulation themes: the admin's theme catalogue. */
package app.attune.notes.ui;
