-- A report's lifecycle as residents and staff follow it: every status move and every piece of
-- work done on it elsewhere in PACT (a task assigned, started or completed; a notice issued), and
-- residents' comments. public_text is what a resident may read (Open311 servicerequestupdates);
-- null keeps the entry to staff. Like the other logs, never rewritten.
CREATE TABLE report_update (
    id            bigserial     PRIMARY KEY,
    report_id     uuid          NOT NULL REFERENCES report (id),
    kind          varchar(32)   NOT NULL,
    status        varchar(24)   NOT NULL,
    public_text   varchar(1000),
    internal_note varchar(4000),
    actor         varchar(200)  NOT NULL,
    at            timestamptz   NOT NULL,
    -- the change that caused the entry (tasking:42, enforcement:17, open311:<client>:<id>): applied once
    origin        varchar(300)  UNIQUE
);
CREATE INDEX report_update_report_idx ON report_update (report_id, id);
CREATE INDEX report_update_at_idx ON report_update (at);

CREATE FUNCTION report_update_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'report_update is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER report_update_append_only BEFORE UPDATE OR DELETE ON report_update
    FOR EACH ROW EXECUTE FUNCTION report_update_is_append_only();

-- The status moves made so far, as lifecycle entries with the wording residents read.
INSERT INTO report_update (report_id, kind, status, public_text, internal_note, actor, at)
SELECT report_id, 'STATUS_CHANGED', to_status,
       CASE to_status
           WHEN 'TRIAGED' THEN CASE WHEN from_status = 'NEW' THEN 'The PACT team has assessed your report.'
                                    ELSE 'Your report has been reopened for review.' END
           WHEN 'TASKED' THEN 'Officers have been tasked to this location.'
           WHEN 'RESOLVED' THEN 'The PACT team has dealt with this report.'
           WHEN 'CLOSED' THEN 'This report is closed.'
           WHEN 'DUPLICATE' THEN 'This has already been reported and is dealt with under the earlier report.'
           WHEN 'NO_FURTHER_ACTION' THEN 'The PACT team has reviewed this report; no further action will be taken.'
       END,
       reason, changed_by, changed_at
FROM report_status_change ORDER BY changed_at, id;

-- When the report last changed: its intake, or its latest lifecycle entry. Open311 clients
-- (FixMyStreet) ignore a change older than the last one they saw.
ALTER TABLE report ADD COLUMN updated_at timestamptz;
UPDATE report r SET updated_at = GREATEST(r.reported_at,
        COALESCE((SELECT max(u.at) FROM report_update u WHERE u.report_id = r.id), r.reported_at));
ALTER TABLE report ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX report_updated_at_idx ON report (updated_at);

-- How far reports-service has read each other service's ordered change feed. Moved in the same
-- transaction as the entries it applies, so nothing is lost or applied twice.
CREATE TABLE feed_cursor (
    feed        varchar(32)  PRIMARY KEY,
    position    varchar(200) NOT NULL,
    moved_at    timestamptz  NOT NULL
);
