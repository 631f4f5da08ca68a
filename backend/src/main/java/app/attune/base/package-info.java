/** Shared parts: the clinic and its time zone, the clock, and the rules for starting up. */
package app.attune.base;
