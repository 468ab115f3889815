-- When each officer is rostered on (SHIFT) or away (LEAVE); availability is derived from these and the tasks.
CREATE TABLE duty_period (
    id          uuid PRIMARY KEY,
    officer_id  uuid         NOT NULL REFERENCES officer (id),
    kind        varchar(8)   NOT NULL CHECK (kind IN ('SHIFT', 'LEAVE')),
    starts_at   timestamptz  NOT NULL,
    ends_at     timestamptz  NOT NULL,
    created_by  varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX duty_period_officer_idx ON duty_period (officer_id, starts_at);

-- A piece of tasked work on an area: a hotspot cell or a drawn polygon (stored as GeoJSON in WGS84).
CREATE TABLE task (
    id            uuid PRIMARY KEY,
    title         varchar(200) NOT NULL,
    objective     varchar(24)  NOT NULL,
    cell_id       varchar(64),
    area_geojson  text         NOT NULL,
    priority      varchar(8)   NOT NULL,
    window_start  timestamptz  NOT NULL,
    window_end    timestamptz  NOT NULL,
    status        varchar(12)  NOT NULL,
    outcome       varchar(2000),
    created_by    varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    CHECK (window_end > window_start)
);
CREATE INDEX task_cell_idx ON task (cell_id);
CREATE INDEX task_status_idx ON task (status, window_start);

CREATE TABLE task_power (
    task_id  uuid        NOT NULL REFERENCES task (id),
    power    varchar(32) NOT NULL,
    PRIMARY KEY (task_id, power)
);

CREATE TABLE task_report (
    task_id    uuid NOT NULL REFERENCES task (id),
    report_id  uuid NOT NULL,
    PRIMARY KEY (task_id, report_id)
);
CREATE INDEX task_report_report_idx ON task_report (report_id);

CREATE TABLE task_officer (
    task_id     uuid NOT NULL REFERENCES task (id),
    officer_id  uuid NOT NULL REFERENCES officer (id),
    PRIMARY KEY (task_id, officer_id)
);
CREATE INDEX task_officer_officer_idx ON task_officer (officer_id);

-- Every change of a task's status: who, when, and what was said.
CREATE TABLE task_event (
    id           uuid PRIMARY KEY,
    task_id      uuid          NOT NULL REFERENCES task (id),
    from_status  varchar(12),
    to_status    varchar(12)   NOT NULL,
    detail       varchar(2000),
    by_user      varchar(200)  NOT NULL,
    at           timestamptz   NOT NULL
);
CREATE INDEX task_event_task_idx ON task_event (task_id, at);
