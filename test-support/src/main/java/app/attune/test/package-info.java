/** Test configuration shared by the backend and frontend tests: a throwaway PostgreSQL database. */
@org.jspecify.annotations.NullMarked
package app.attune.test;
