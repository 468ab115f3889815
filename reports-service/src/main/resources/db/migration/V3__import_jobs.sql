-- Imports of police.uk files: progress while they run, their outcome after.
CREATE TABLE import_job (
    id               uuid PRIMARY KEY,
    format           varchar(8)   NOT NULL,
    file_name        varchar(200),
    status           varchar(12)  NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    started_by       varchar(200) NOT NULL,
    started_at       timestamptz  NOT NULL,
    finished_at      timestamptz,
    rows_read        integer      NOT NULL DEFAULT 0,
    imported         integer      NOT NULL DEFAULT 0,
    already_present  integer      NOT NULL DEFAULT 0,
    not_asb          integer      NOT NULL DEFAULT 0,
    out_of_area      integer      NOT NULL DEFAULT 0,
    bad_rows         integer      NOT NULL DEFAULT 0,
    bad_row_details  text         NOT NULL DEFAULT '[]',
    failure          varchar(1000)
);
CREATE INDEX import_job_started_idx ON import_job (started_at DESC);
