-- An e-mail's HTML body, sanitised when it is read (only formatting, tables and safe links
-- are kept); the text column keeps what the person wrote as plain text.
alter table messages add column html text;
