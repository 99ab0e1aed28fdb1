-- Mails about an account (sign-up confirmations and warnings, password links) sent to each
-- address in the last day, so that typing an address into the forms again and again cannot
-- fill its owner's mailbox. Addresses are kept as SHA-256 hashes.
CREATE TABLE address_mail (
    address_hash VARCHAR(64) NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX address_mail_address ON address_mail (address_hash, sent_at);
CREATE INDEX address_mail_sent ON address_mail (sent_at);
