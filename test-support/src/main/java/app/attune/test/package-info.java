/** Test configuration shared by the backend and frontend tests: a throwaway PostgreSQL database. */
package app.attune.test;
