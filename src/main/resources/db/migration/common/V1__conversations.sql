-- One row per chat: where its pre-consultation stands. Answers are stored as JSON text.
create table conversation (
    chat_id          varchar(100)  not null primary key,
    dialog_id        varchar(100)  not null,
    dialog_version   integer       not null,
    step_id          varchar(100)  not null,
    path             varchar(4000) not null,
    answers          varchar(16000) not null,
    language         varchar(16)   not null,
    language_chosen  boolean       not null,
    source           varchar(64),
    version          bigint        not null,
    updated_at       timestamp with time zone not null
);

create index conversation_updated_at on conversation (updated_at);
