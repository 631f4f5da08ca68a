/** The Records tab for an access request, and the admin's retention screen with its review before a purge. */
@org.jspecify.annotations.NullMarked
package app.attune.records.ui;
