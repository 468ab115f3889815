-- The Community Trigger's place test at every intake asks for the reports within 50 m (six months,
-- any category); report_grid_idx leads with the category and cannot serve it, so without this index
-- each intake read the whole table.
CREATE INDEX report_place_idx ON report (easting, northing) WHERE reporter_key IS NOT NULL;
