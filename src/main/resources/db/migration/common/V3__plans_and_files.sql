-- The plan a person received, so that /plan, /calendar and /export can show it again.
create table treatment_plan (
    chat_id     varchar(100)   not null primary key,
    plan        varchar(100000) not null,
    created_at  timestamp with time zone not null
);

-- Replies may carry a picture or a file.
alter table telegram_outbox alter column body set data type varchar(1000000);
