package app.attune.audit;

import app.attune.security.AccountEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Sign-outs, password resets and two-step sign-in changes go into the audit log, once they have happened. */
@Component
class AccountAudit {

    private final AuditLog log;

    AccountAudit(AuditLog log) {
        this.log = log;
    }

    // After commit: a change that rolled back did not happen. Events published outside a transaction (a session
    // ending) are recorded straight away.
    @TransactionalEventListener(fallbackExecution = true)
    void happened(AccountEvent event) {
        log.recordAccount(
                event.userId(),
                event.role().name(),
                switch (event.kind()) {
                    case SIGNED_OUT -> AuditAction.SIGN_OUT;
                    case SIGNED_OUT_EVERYWHERE -> AuditAction.SIGN_OUT_EVERYWHERE;
                    case PASSWORD_RESET_REQUESTED -> AuditAction.PASSWORD_RESET_REQUEST;
                    case PASSWORD_RESET -> AuditAction.PASSWORD_RESET;
                    case PASSWORD_CHANGED -> AuditAction.PASSWORD_CHANGE;
                    case TWO_FACTOR_ON -> AuditAction.TWO_FACTOR_ON;
                    case TWO_FACTOR_OFF -> AuditAction.TWO_FACTOR_OFF;
                    case RECOVERY_CODES_RENEWED -> AuditAction.RECOVERY_CODES_RENEW;
                    case RECOVERY_CODE_USED -> AuditAction.RECOVERY_CODE_USE;
                    case SIGN_IN_POLICY_CHANGED -> AuditAction.SIGN_IN_POLICY;
                },
                event.detail());
    }
}
