/** Between-session practices: the clinic's library, assignments to clients, their completions and adherence. */
package app.attune.practice;
