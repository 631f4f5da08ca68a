/** Client records for therapists, and the client's own space in the portal. */
package app.attune.client.ui;
