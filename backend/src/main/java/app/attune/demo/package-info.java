/** The demo clinic's seed data that goes through the features' public services; loads only under the demo profile. */
@org.jspecify.annotations.NullMarked
package app.attune.demo;
