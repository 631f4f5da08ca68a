/**
 * Test configuration shared by the backend and frontend tests: a throwaway PostgreSQL database, and what lets every
 * test share one application context (one clock, one mail server, one settings file, jobs held off per test).
 */
package app.attune.test;
