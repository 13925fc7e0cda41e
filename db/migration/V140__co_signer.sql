-- 会签 (issue 20): a unit's leaders marked here sign in parallel before the ordered chain of the other leaders.
ALTER TABLE rc_membership ADD co_signer BOOLEAN NOT NULL DEFAULT FALSE;
