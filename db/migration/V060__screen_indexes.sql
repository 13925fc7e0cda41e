-- Indexes for the queries the screens run at provincial scale (measured by the benchmark, README "Benchmarks").
-- The inbox finds the reports of its tasks by process instance id (without it: a scan of every report).
CREATE INDEX ix_report_process ON rc_report (process_instance_id);
-- The dashboard counts one cycle's reports per step, and pages them longest waiting first.
-- (cycle_id, step) is indexed by V030 as ix_report_cycle_step.
CREATE INDEX ix_report_cycle_since ON rc_report (cycle_id, step_since);
-- The public list: published reports, newest first.
CREATE INDEX ix_report_published ON rc_report (step, published_at);
