-- Reporting up (报送): when the unit filed the report with the supervising office, and the office's decision.
-- office_state: RECEIVED (filed, waiting), ACCEPTED (审查备案), RETURNED (sent back for correction)
ALTER TABLE rc_report ADD COLUMN filed_at ${ts};
ALTER TABLE rc_report ADD COLUMN office_state VARCHAR(16);
ALTER TABLE rc_report ADD COLUMN office_decided_at ${ts};
ALTER TABLE rc_report ADD COLUMN office_decided_by VARCHAR(100);
ALTER TABLE rc_report ADD COLUMN office_note VARCHAR(1000);
CREATE INDEX ix_report_office ON rc_report (office_state);
