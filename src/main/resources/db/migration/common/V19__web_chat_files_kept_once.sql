-- A file the website's chat showed is kept for its latest showing only (a person asking for
-- /export or /plan again replaces the earlier copy), so the transcript cannot grow by a file a
-- message; the name tells which earlier copy a new one replaces.
alter table web_chat_message add column file_name varchar(200);
