-- The last message a chat's transcript was mailed up to: the transcript goes out again only
-- when the chat has grown since, so nobody can use the button to send mail over and over.
ALTER TABLE chat ADD COLUMN transcript_mailed_seq BIGINT;
