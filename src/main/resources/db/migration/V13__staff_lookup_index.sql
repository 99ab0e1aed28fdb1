-- The case page lists the staff who may own a case; with many customers in app_user that list
-- must not scan every user.
CREATE INDEX app_user_role_ix ON app_user (role, enabled);
