-- What a waiting reply shows, so that a later one can overtake it before it is sent: the dialog
-- question a message asks, the question the turn that made it answered, and the message an edit
-- changes (with the kind of the call, since a text edit covers an earlier buttons-only edit).
-- Cosmetic calls (an answered question tidied) wait with priority -1, behind messages.
alter table telegram_outbox add column kind varchar(16);
alter table telegram_outbox add column shows varchar(200);
alter table telegram_outbox add column answers varchar(200);
alter table telegram_outbox add column edits integer;

-- What the person's chat shows: the question the last message queued asks (none when the last
-- message asks none), and the last question sent with buttons, to take them away when it is
-- answered by typing.
alter table telegram_chat add column last_shown varchar(200);
alter table telegram_chat add column open_question_id integer;
alter table telegram_chat add column open_question varchar(200);
alter table telegram_chat add column open_question_text varchar(5000);
