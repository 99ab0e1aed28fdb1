-- A sign-up for a new address waits for its owner: the account is created without a password,
-- and the password chosen on the form takes effect only when the link mailed to the address
-- is opened. Only a hash of the link's token is kept.
CREATE TABLE signup_confirmation (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    password_hash VARCHAR(200) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX signup_confirmation_user ON signup_confirmation (user_id);
