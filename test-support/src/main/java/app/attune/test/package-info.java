/**
 * Test configuration shared by the backend and frontend tests: {@code @IntegrationTest} on a throwaway PostgreSQL
 * database, a clock tests can set, and a counter of SQL statements for query budgets.
 */
package app.attune.test;
