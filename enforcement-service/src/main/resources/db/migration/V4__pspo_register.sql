-- The register of Public Spaces Protection Orders (ABCPA 2014 ss.59-75). Areas are WGS84
-- GeoJSON; the service prepares them in memory (JTS) for fast point lookups.
CREATE TABLE pspo_order (
    id                varchar(64)  PRIMARY KEY,
    name              varchar(300) NOT NULL,
    area_description  varchar(1000) NOT NULL,
    area_geojson      text,
    status            varchar(16)  NOT NULL
        CHECK (status IN ('DRAFT', 'CONSULTATION', 'MADE', 'VARIED', 'EXTENDED', 'DISCHARGED', 'EXPIRED')),
    made_on           date,
    last_decision_on  date,
    active_from       date,
    active_to         date,
    source            varchar(500),
    version           bigint       NOT NULL DEFAULT 0,
    updated_at        timestamptz  NOT NULL,
    CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
);

CREATE TABLE pspo_prohibition (
    order_id   varchar(64)   NOT NULL REFERENCES pspo_order (id),
    code       varchar(64)   NOT NULL,
    wording    varchar(2000) NOT NULL,
    time_from  time,
    time_to    time,
    PRIMARY KEY (order_id, code),
    CHECK ((time_from IS NULL) = (time_to IS NULL))
);

CREATE TABLE pspo_consultation (
    id          uuid PRIMARY KEY,
    order_id    varchar(64)   NOT NULL REFERENCES pspo_order (id),
    consultees  varchar(1000) NOT NULL,
    opened_on   date          NOT NULL,
    closed_on   date,
    summary     varchar(4000),
    recorded_by varchar(200)  NOT NULL,
    CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
CREATE INDEX pspo_consultation_order_idx ON pspo_consultation (order_id);

-- Each lifecycle step of an order, who took it and when.
CREATE TABLE pspo_event (
    id          bigserial PRIMARY KEY,
    order_id    varchar(64)  NOT NULL REFERENCES pspo_order (id),
    from_status varchar(16),
    to_status   varchar(16)  NOT NULL,
    on_date     date         NOT NULL,
    by_whom     varchar(200) NOT NULL,
    note        varchar(2000),
    at          timestamptz  NOT NULL
);
