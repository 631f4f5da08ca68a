/** The clinic's people as others see them: the therapists' public profiles and the directory other features ask. */
@org.jspecify.annotations.NullMarked
package app.attune.people;
