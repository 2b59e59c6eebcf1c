-- The language the holder of a key has chosen (a BCP 47 tag). It outranks Accept-Language and
-- the tenant's default when the gateway negotiates the language of its messages.
ALTER TABLE api_keys ADD COLUMN locale text CHECK (locale ~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
