/** Between-session practices: the clinic's library, assignments to clients, their completions and adherence. */
@org.jspecify.annotations.NullMarked
package app.attune.practice;
