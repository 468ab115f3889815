-- Hibernate Envers: every committed version of a PSPO (area, period and status changes).
CREATE TABLE pspo_order_aud (
    id                varchar(64)  NOT NULL,
    rev               integer      NOT NULL REFERENCES revinfo (rev),
    revtype           smallint,
    name              varchar(300),
    area_description  varchar(1000),
    area_geojson      text,
    status            varchar(16),
    made_on           date,
    last_decision_on  date,
    active_from       date,
    active_to         date,
    source            varchar(500),
    updated_at        timestamptz,
    PRIMARY KEY (id, rev)
);
