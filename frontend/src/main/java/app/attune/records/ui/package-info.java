/** The client page's Records tab, where the therapist exports the whole record for an access request. */
package app.attune.records.ui;
