-- Every turn changes its conversation's updated_at, and kept this index up to date for a scan
-- that runs once an hour (retention); the scan reads the table through instead.
drop index conversation_updated_at;
