-- Every step that opens a task asks who acts for its people (Delegations.delegatesOf: from_user IN (…) and in force
-- on the day). rc_delegation had an index for the other direction only (to_user, for the caller's own delegations),
-- so this read scanned every delegation ever made, revoked and expired ones included, and grew with each year.
CREATE INDEX ix_delegation_from ON rc_delegation (from_user, ends_on);
