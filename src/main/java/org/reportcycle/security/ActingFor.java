package org.reportcycle.security;

import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For whom the caller acts in the current transaction, when a delegation (委派) gave them the role they
 * used: {@link AccessGuard} marks it, the audit trail records it as "on behalf of".
 */
public final class ActingFor {

    private static final Object KEY = ActingFor.class;

    private ActingFor() {}

    static void mark(String delegator) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        if (TransactionSynchronizationManager.hasResource(KEY)) {
            TransactionSynchronizationManager.unbindResource(KEY);
        } else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(KEY, delegator);
    }

    /** The person the caller acts for in this transaction, if a delegation was used. */
    public static Optional<String> current() {
        return Optional.ofNullable((String) TransactionSynchronizationManager.getResource(KEY));
    }
}
