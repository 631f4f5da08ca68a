/** Screens for between-session practices: the library, the client page's Practices tab, "My practices" and Today. */
@org.jspecify.annotations.NullMarked
package app.attune.practice.ui;
