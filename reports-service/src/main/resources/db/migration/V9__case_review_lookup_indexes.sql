-- Every intake that meets a Community Trigger threshold looks for the open review to join: of its
-- kind near its place, or of its victim. Without these indexes each lookup read the whole table
-- (measured: about 830 rows per intake once 14,000 reports in 3 km² had opened 800 reviews), so
-- intake slowed as reviews accumulated.
CREATE INDEX case_review_place_idx ON case_review (trigger_kind, easting, northing);
CREATE INDEX case_review_victim_idx ON case_review (victim_key) WHERE victim_key IS NOT NULL;

-- The place test counts, lists and links the reports within 50 m: with what it reads in the index,
-- it reads no report rows (a place with 77 reports: 24 pages read instead of 104).
CREATE INDEX report_place_covering_idx ON report (easting, northing) INCLUDE (reported_at, reporter_key, id)
    WHERE reporter_key IS NOT NULL;
DROP INDEX report_place_idx;
