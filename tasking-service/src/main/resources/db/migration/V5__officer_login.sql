-- The login (the pact realm's user name) of an officer, so that only that officer, or a
-- tasking coordinator, can post the officer's location check-ins.
ALTER TABLE officer ADD COLUMN login varchar(200) UNIQUE;
