package app.attune.audit;

import app.attune.base.StartupProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The audit seal's key: required outside the demo, and never the demo's published one there. */
@Configuration(proxyBeanMethods = false)
class AuditSealConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AuditSealConfiguration.class);

    static final String HOW = " Generate one with `openssl rand -base64 32`, keep it outside the database (it is what"
            + " lets Attune notice a changed or shortened audit log), and set ATTUNE_AUDIT_SEAL_KEY to it.";

    @Bean
    AuditSealKey auditSealKey(@Value("${attune.audit.seal-key:}") String configured, Environment environment) {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        if (configured.isBlank()) {
            if (!demo) {
                throw new StartupProblem("ATTUNE_AUDIT_SEAL_KEY is not set." + HOW);
            }
            LOG.warn("The audit log is sealed with the demo's published key; set ATTUNE_AUDIT_SEAL_KEY for real use");
            return AuditSealKey.fromBase64(AuditSealKey.DEMO);
        }
        AuditSealKey key;
        try {
            key = AuditSealKey.fromBase64(configured);
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("ATTUNE_AUDIT_SEAL_KEY is not accepted: " + e.getMessage() + "." + HOW);
        }
        if (key.isDemo() && !demo) {
            throw new StartupProblem(
                    "ATTUNE_AUDIT_SEAL_KEY is the demo's key, which is published in Attune's source." + HOW);
        }
        return key;
    }
}
