-- How a report came in (the channel, not who it says it is from), and whether staff chose to
-- publish it on, or withdraw it from, the public Open311 feed; null leaves it to the channel.
ALTER TABLE report
    ADD COLUMN intake_channel varchar(16) NOT NULL DEFAULT 'STAFF'
        CHECK (intake_channel IN ('STAFF', 'OPEN311', 'POLICE_UK_IMPORT')),
    ADD COLUMN published      boolean;

-- Open311 intake has always recorded its client as 'open311:<client>'; police.uk imports
-- carry a 'police.uk:' source reference.
UPDATE report SET intake_channel = 'OPEN311' WHERE created_by LIKE 'open311:%';
UPDATE report SET intake_channel = 'POLICE_UK_IMPORT' WHERE source_reference LIKE 'police.uk:%';

-- Who published or withdrew a report, when and why; like the access log, never rewritten.
CREATE TABLE report_publication_change (
    id          bigserial PRIMARY KEY,
    report_id   uuid          NOT NULL REFERENCES report (id),
    published   boolean       NOT NULL,
    changed_by  varchar(200)  NOT NULL,
    changed_at  timestamptz   NOT NULL,
    reason      varchar(1000) NOT NULL
);
CREATE INDEX report_publication_change_report_idx ON report_publication_change (report_id, changed_at);

CREATE FUNCTION report_publication_change_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'report_publication_change is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER report_publication_change_append_only BEFORE UPDATE OR DELETE ON report_publication_change
    FOR EACH ROW EXECUTE FUNCTION report_publication_change_is_append_only();
