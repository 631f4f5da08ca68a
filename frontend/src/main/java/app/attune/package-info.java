/** The Attune application: practice management for counselling clinics. */
@org.jspecify.annotations.NullMarked
package app.attune;
