/**
 * Test configuration shared by the backend and frontend tests: {@code @IntegrationTest} on a throwaway PostgreSQL
 * database, what lets every test share one application context (one clock, one mail server, one settings file, jobs
 * held off per test), and a counter of SQL statements for query budgets.
 */
@org.jspecify.annotations.NullMarked
package app.attune.test;
