/** The admin's audit viewer: the whole log, filtered, exported as CSV, and its seals checked. */
@org.jspecify.annotations.NullMarked
package app.attune.audit.ui;
