-- Spring Session JDBC tables for the gateway, in a schema of their own (ADR 0004).
-- Run at every start-up: every statement is idempotent, and the advisory lock keeps replicas
-- that start at the same moment from racing on CREATE ... IF NOT EXISTS (which is not atomic).
SELECT pg_advisory_lock(hashtext('naober-gateway-session-schema'));

CREATE SCHEMA IF NOT EXISTS gateway;

CREATE TABLE IF NOT EXISTS gateway.spring_session (
    primary_id CHAR(36) NOT NULL,
    session_id CHAR(36) NOT NULL,
    creation_time BIGINT NOT NULL,
    last_access_time BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time BIGINT NOT NULL,
    principal_name VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX IF NOT EXISTS spring_session_ix1 ON gateway.spring_session (session_id);
CREATE INDEX IF NOT EXISTS spring_session_ix2 ON gateway.spring_session (expiry_time);
CREATE INDEX IF NOT EXISTS spring_session_ix3 ON gateway.spring_session (principal_name);

CREATE TABLE IF NOT EXISTS gateway.spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name VARCHAR(200) NOT NULL,
    attribute_bytes BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES gateway.spring_session (primary_id) ON DELETE CASCADE
);

SELECT pg_advisory_unlock(hashtext('naober-gateway-session-schema'));
