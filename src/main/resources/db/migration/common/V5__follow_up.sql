-- A person's follow-up: whether reminders and check-ins run, and how far the course has come.
create table follow_up (
    chat_id        varchar(100) not null primary key,
    status         varchar(16)  not null,
    sessions_done  integer      not null,
    language       varchar(16)  not null,
    updated_at     timestamp with time zone not null
);
