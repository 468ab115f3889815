-- Where a report is (grid metres, ward, LSOA), who reported it and who suffered it
-- (personal data), how vulnerable they are, and how the report moved through its lifecycle.
ALTER TABLE report
    ADD COLUMN address             varchar(300),
    ADD COLUMN cctv_camera_ref     varchar(64),
    ADD COLUMN easting             double precision,
    ADD COLUMN northing            double precision,
    ADD COLUMN ward_code           varchar(9),
    ADD COLUMN ward_name           varchar(100),
    ADD COLUMN lsoa_code           varchar(9),
    ADD COLUMN lsoa_name           varchar(100),
    ADD COLUMN out_of_area         boolean NOT NULL DEFAULT false,
    ADD COLUMN reporter_name       varchar(200),
    ADD COLUMN reporter_email      varchar(200),
    ADD COLUMN reporter_phone      varchar(40),
    ADD COLUMN victim_name         varchar(200),
    ADD COLUMN victim_contact      varchar(200),
    ADD COLUMN vulnerability_flags varchar(300) NOT NULL DEFAULT '';

CREATE INDEX report_grid_idx ON report (category, occurred_at, easting, northing);
CREATE INDEX report_ward_idx ON report (ward_code);

CREATE TABLE report_status_change (
    id           bigserial PRIMARY KEY,
    report_id    uuid         NOT NULL REFERENCES report (id),
    from_status  varchar(24)  NOT NULL,
    to_status    varchar(24)  NOT NULL,
    changed_by   varchar(200) NOT NULL,
    changed_at   timestamptz  NOT NULL,
    reason       varchar(1000) NOT NULL
);
CREATE INDEX report_status_change_report_idx ON report_status_change (report_id, changed_at);

-- Who read personal data, when and why (UK GDPR accountability; DPA 2018 s.62 for police users).
CREATE TABLE personal_data_access (
    id           bigserial PRIMARY KEY,
    report_id    uuid         NOT NULL,
    accessed_by  varchar(200) NOT NULL,
    roles        varchar(300) NOT NULL,
    accessed_at  timestamptz  NOT NULL,
    reason       varchar(500) NOT NULL
);
CREATE INDEX personal_data_access_report_idx ON personal_data_access (report_id);

-- The log is append-only: nothing may change or remove what it recorded.
CREATE FUNCTION personal_data_access_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'personal_data_access is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER personal_data_access_append_only BEFORE UPDATE OR DELETE ON personal_data_access
    FOR EACH ROW EXECUTE FUNCTION personal_data_access_is_append_only();
