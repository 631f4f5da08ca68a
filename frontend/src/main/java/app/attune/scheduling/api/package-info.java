/** The therapist's private calendar feed, which calendar apps fetch over plain HTTP with the secret in the address. */
@org.jspecify.annotations.NullMarked
package app.attune.scheduling.api;
