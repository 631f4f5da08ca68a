/** The Attune application: practice management for counselling clinics. */
package app.attune;
