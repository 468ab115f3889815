-- Officers' location check-ins. The device's own id for each check-in makes a retried batch count once.
CREATE TABLE check_in (
    officer_id   uuid             NOT NULL REFERENCES officer (id),
    client_id    varchar(64)      NOT NULL,
    at           timestamptz      NOT NULL,
    lat          double precision NOT NULL,
    lon          double precision NOT NULL,
    accuracy_m   double precision NOT NULL,
    -- British National Grid metres, computed once on arrival for the dose arithmetic.
    easting      double precision NOT NULL,
    northing     double precision NOT NULL,
    received_at  timestamptz      NOT NULL,
    PRIMARY KEY (officer_id, client_id)
);
CREATE INDEX check_in_at_idx ON check_in (at, officer_id);
