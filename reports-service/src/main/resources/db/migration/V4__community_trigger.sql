-- Keys that tell when two reports come from the same victim or the same reporter without
-- exposing who they are (a hash of the normalised name and contact).
ALTER TABLE report
    ADD COLUMN victim_key   varchar(64),
    ADD COLUMN reporter_key varchar(64);
CREATE INDEX report_victim_key_idx ON report (victim_key) WHERE victim_key IS NOT NULL;

-- ASB case reviews ("Community Trigger", ABCPA 2014 s.104) opened when a threshold is met.
CREATE TABLE case_review (
    id              uuid PRIMARY KEY,
    trigger_kind    varchar(16)  NOT NULL CHECK (trigger_kind IN ('VICTIM', 'LOCATION', 'HATE_INCIDENT')),
    victim_key      varchar(64),
    easting         double precision,
    northing        double precision,
    ward_name       varchar(100),
    explanation     varchar(1000) NOT NULL,
    status          varchar(16)  NOT NULL,
    opened_at       timestamptz  NOT NULL,
    acknowledge_by  date         NOT NULL,
    panel_by        date         NOT NULL,
    outcome_by      date         NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX case_review_open_idx ON case_review (status, trigger_kind);

CREATE TABLE case_review_report (
    case_review_id  uuid NOT NULL REFERENCES case_review (id),
    report_id       uuid NOT NULL REFERENCES report (id),
    PRIMARY KEY (case_review_id, report_id)
);
