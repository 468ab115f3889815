-- Dispersal directions and closure notices last for a stated time, capped by statute.
ALTER TABLE notice ADD COLUMN ends_at timestamptz;
ALTER TABLE notice_aud ADD COLUMN ends_at timestamptz;

INSERT INTO legal_parameter (name, effective_from, value, source) VALUES
    ('closure-notice.maximum-hours', '2014-10-20', '48', 'ABCPA 2014 s.77(1): 24 hours, or 48 with a superintendent or council chief executive');
