/** The therapist's day and calendar. */
package app.attune.scheduling.ui;
