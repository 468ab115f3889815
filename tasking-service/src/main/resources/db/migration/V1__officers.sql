-- The PACT roster and the officers supporting it.
CREATE TABLE officer (
    id            uuid PRIMARY KEY,
    staff_number  varchar(32)  NOT NULL UNIQUE,
    display_name  varchar(200) NOT NULL,
    organisation  varchar(24)  NOT NULL CHECK (organisation IN ('MET_POLICE', 'WESTMINSTER_COUNCIL')),
    role          varchar(32)  NOT NULL,
    patrol_mode   varchar(8)   NOT NULL CHECK (patrol_mode IN ('FOOT', 'BIKE')),
    team          varchar(16)  NOT NULL CHECK (team IN ('PACT', 'SUPPORTING')),
    created_by    varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0
);

CREATE INDEX officer_organisation_idx ON officer (organisation);
