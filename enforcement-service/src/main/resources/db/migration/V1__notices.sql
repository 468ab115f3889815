-- Notices issued under the Anti-social Behaviour, Crime and Policing Act 2014.
CREATE TABLE notice (
    id                     uuid PRIMARY KEY,
    type                   varchar(40)  NOT NULL,
    legal_basis            varchar(80)  NOT NULL,
    status                 varchar(24)  NOT NULL,
    subject_kind           varchar(8)   NOT NULL CHECK (subject_kind IN ('PERSON', 'BODY')),
    subject_name           varchar(200) NOT NULL,
    subject_date_of_birth  date,
    officer_staff_number   varchar(32)  NOT NULL,
    officer_organisation   varchar(24)  NOT NULL,
    conduct                varchar(4000) NOT NULL,
    latitude               double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude              double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    issued_at              timestamptz  NOT NULL,
    recorded_by            varchar(200) NOT NULL,
    recorded_at            timestamptz  NOT NULL,
    version                bigint       NOT NULL DEFAULT 0,
    CHECK (subject_kind = 'BODY' OR subject_date_of_birth IS NOT NULL)
);

CREATE INDEX notice_issued_at_idx ON notice (issued_at DESC);
CREATE INDEX notice_subject_idx ON notice (lower(subject_name));

-- Limits and periods of the law, each in force from a date: the rules read the value in
-- force on the day of the conduct, never a literal in code.
CREATE TABLE legal_parameter (
    name            varchar(64)  NOT NULL,
    effective_from  date         NOT NULL,
    value           varchar(64)  NOT NULL,
    source          varchar(200) NOT NULL,
    PRIMARY KEY (name, effective_from)
);

-- ABCPA 2014 Part 4 commenced 20 October 2014.
INSERT INTO legal_parameter (name, effective_from, value, source) VALUES
    ('community-protection.minimum-age', '2014-10-20', '16', 'ABCPA 2014 s.43(1)'),
    ('dispersal.minimum-age',            '2014-10-20', '10', 'ABCPA 2014 s.35(1)');
