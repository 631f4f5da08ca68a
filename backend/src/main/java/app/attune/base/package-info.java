/**
 * Shared parts: the clinic and its time zone, the clock, the rules for starting up, the text and input checks every
 * feature uses, tokens, and the PDF report.
 */
@org.jspecify.annotations.NullMarked
package app.attune.base;
