/** The admin's audit viewer: the whole log, filtered, exported as CSV, and its seals checked. */
package app.attune.audit.ui;
