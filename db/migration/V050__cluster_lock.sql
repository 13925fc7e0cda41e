-- Locks shared by every application node on one database (see org.reportcycle.cluster.ClusterLock).
-- locked_until and locked_at are epoch milliseconds; a lease is free once locked_until has passed.
CREATE TABLE rc_cluster_lock (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    locked_until BIGINT       NOT NULL,
    locked_at    BIGINT       NOT NULL,
    locked_by    VARCHAR(200) NOT NULL
);
