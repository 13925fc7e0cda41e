-- Makes the audit trail insert-only in the database itself (MySQL 8 / MariaDB): any UPDATE or DELETE of an
-- rc_audit row fails, whoever sends it. Run once on the application's schema, after Flyway created it,
-- by a user with the TRIGGER privilege. The application only ever INSERTs into rc_audit.
CREATE TRIGGER rc_audit_no_update BEFORE UPDATE ON rc_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'rc_audit is append-only: UPDATE refused';
CREATE TRIGGER rc_audit_no_delete BEFORE DELETE ON rc_audit FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'rc_audit is append-only: DELETE refused';
