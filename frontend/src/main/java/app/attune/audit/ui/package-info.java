/** The admin's audit viewer: the whole log, filtered, exported as CSV, and its hash chain checked. */
package app.attune.audit.ui;
