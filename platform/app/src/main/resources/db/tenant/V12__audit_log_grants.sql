-- The app's own database login may add audit events and read them, never change or remove them
-- (no UPDATE, DELETE or TRUNCATE grant); the triggers of V10 refuse it for every login, the owner
-- included. The chain head moves forward by UPDATE only (its trigger checks how).
revoke update, delete, truncate on audit_event from ${appRole};
revoke delete, truncate on audit_chain_head from ${appRole};
