package app.attune;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend on its own, for its integration tests; the real application lives in the frontend module. */
@SpringBootApplication
class TestBackendApplication {}
