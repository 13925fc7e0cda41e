-- The 已办 list (tasks a person completed) reads the trail by actor, newest first.
CREATE INDEX ix_audit_actor ON rc_audit (actor, seq);
