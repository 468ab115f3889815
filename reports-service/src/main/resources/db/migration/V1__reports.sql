-- Reports of anti-social behaviour, from every channel.
CREATE TABLE report (
    id               uuid PRIMARY KEY,
    qualifier        varchar(16)  NOT NULL CHECK (qualifier IN ('PERSONAL', 'NUISANCE', 'ENVIRONMENTAL')),
    category         varchar(32)  NOT NULL,
    description      varchar(4000) NOT NULL,
    latitude         double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude        double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    occurred_at      timestamptz  NOT NULL,
    reported_at      timestamptz  NOT NULL,
    source           varchar(16)  NOT NULL,
    source_reference varchar(200) UNIQUE,
    status           varchar(24)  NOT NULL,
    created_by       varchar(200) NOT NULL,
    version          bigint       NOT NULL DEFAULT 0
);

CREATE INDEX report_occurred_at_idx ON report (occurred_at DESC);
CREATE INDEX report_category_idx ON report (category);
CREATE INDEX report_created_by_idx ON report (created_by);
