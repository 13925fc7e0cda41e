-- Makes rc_audit insert-only in PostgreSQL (README "Running on PostgreSQL"): run once as the schema owner after
-- Flyway created the table. Like MySQL's triggers, this does not stop the owner or a superuser from dropping it;
-- for that, let the application connect as a role granted only SELECT, INSERT on rc_audit.
CREATE OR REPLACE FUNCTION rc_audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rc_audit is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER rc_audit_no_update BEFORE UPDATE OR DELETE ON rc_audit
    FOR EACH ROW EXECUTE FUNCTION rc_audit_refuse();
CREATE TRIGGER rc_audit_no_truncate BEFORE TRUNCATE ON rc_audit
    FOR EACH STATEMENT EXECUTE FUNCTION rc_audit_refuse();
