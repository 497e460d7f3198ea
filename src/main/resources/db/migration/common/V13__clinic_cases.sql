-- Red flags and provisional plans waiting for a practitioner are the clinic's open cases; they
-- share one numbering, so "/clear 7" in the staff chat can only mean one of them.
alter table red_flag rename to clinic_case;
alter table clinic_case add column kind varchar(16) default 'RED_FLAG' not null;
