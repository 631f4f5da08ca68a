/** The demo clinic's seed data that goes through the features' public services; loads only under the demo profile. */
package app.attune.demo;
