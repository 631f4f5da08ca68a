/** What Attune says while its database can't be reached: a quick 503 from the API, a calm page for people. */
@org.jspecify.annotations.NullMarked
package app.attune.outage;
