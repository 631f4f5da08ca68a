/** The calm screen Vaadin shows when a screen can't open because the database is away. */
@org.jspecify.annotations.NullMarked
package app.attune.outage.ui;
