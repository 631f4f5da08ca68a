/** Shared parts: the clinic and its time zone, the clock, and the rules for starting up. */
@org.jspecify.annotations.NullMarked
package app.attune.base;
