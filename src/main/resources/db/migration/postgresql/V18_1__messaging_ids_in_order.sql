-- As for the outbox before: one identity value at a time keeps ids in the order rows were stored
-- across connections, which a chat's order relies on.
alter table inbox alter column id set cache 1;
alter table outbox alter column id set cache 1;
alter table web_chat_message alter column id set cache 1;
