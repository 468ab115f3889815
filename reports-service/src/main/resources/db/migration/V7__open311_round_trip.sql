-- Open311 round trip. Residents write long reports and comments (FixMyStreet once sent a report of
-- 5,877 characters, refused at 4,000): Open311 takes up to 20,000 characters of the resident's own
-- and puts PACT's notes after them (a media link, a time kept as given, who commented), at most
-- 4,000 more. The staff form keeps its own 4,000-character limit.
ALTER TABLE report ALTER COLUMN description TYPE varchar(24000);
ALTER TABLE report_update ALTER COLUMN internal_note TYPE varchar(24000);
