-- A message sent as a template approved on the platform (WhatsApp outside its 24-hour
-- window) keeps the template's name, language and parameters, so a retry sends it the same way.
alter table messages add column platform_template jsonb;
