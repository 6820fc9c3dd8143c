-- Login throttling (LoginThrottle): Bucket4j keeps one token bucket per account ("account:<email>") and per
-- client address ("address:<ip>") here, so the counts hold across instances and restarts.
CREATE TABLE login_buckets (
	id VARCHAR(320) PRIMARY KEY,
	state BYTEA,
	expires_at BIGINT
);
CREATE INDEX login_buckets_expires_idx ON login_buckets (expires_at);

-- Current and past lockouts of an e-mail (whether or not a staff member has it), for the admin's list and "Lift".
CREATE TABLE login_lockouts (
	id BIGSERIAL PRIMARY KEY,
	email VARCHAR(254) NOT NULL,
	address VARCHAR(64) NOT NULL,
	locked_at TIMESTAMPTZ NOT NULL,
	locked_until TIMESTAMPTZ NOT NULL,
	lifted_at TIMESTAMPTZ,
	lifted_by UUID
);
CREATE INDEX login_lockouts_email_idx ON login_lockouts (lower(email), locked_until);
