package org.reportcycle.workflow;

import java.time.Duration;
import org.reportcycle.cluster.ClusterLock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Nodes starting together on a fresh database would race to create Flowable's tables (Flowable's own schema
 * lock lives in a table it has yet to create) and to deploy the process. The process engine is built while this
 * bean holds a cluster lock (see {@link FlowableAfterFlyway}); the next node builds its engine after the
 * first has finished, finds the tables and the deployment there, and leaves them be.
 */
@Component(EngineStartLock.BEAN)
class EngineStartLock implements SmartInitializingSingleton, DisposableBean {

    static final String BEAN = "engineStartLock";

    private ClusterLock.Held held;

    EngineStartLock(ClusterLock lock) {
        this.held = lock.holdOnOwnConnection("process-engine-start", Duration.ofMinutes(10));
    }

    /** Every singleton, the process engine among them, is built: let the next node start its engine. */
    @Override
    public void afterSingletonsInstantiated() {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (held != null) {
            held.close();
            held = null;
        }
    }
}
