-- A patrol plan for a period: which officer visits which hotspot task when, and why.
CREATE TABLE patrol_plan (
    id            uuid PRIMARY KEY,
    starts_at     timestamptz  NOT NULL,
    ends_at       timestamptz  NOT NULL,
    seed          bigint       NOT NULL,
    quality_json  text         NOT NULL,
    created_by    varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);
CREATE INDEX patrol_plan_period_idx ON patrol_plan (starts_at, ends_at);

CREATE TABLE plan_visit (
    id           uuid PRIMARY KEY,
    plan_id      uuid          NOT NULL REFERENCES patrol_plan (id),
    officer_id   uuid          NOT NULL REFERENCES officer (id),
    task_id      uuid          NOT NULL REFERENCES task (id),
    starts_at    timestamptz   NOT NULL,
    ends_at      timestamptz   NOT NULL,
    locked       boolean       NOT NULL,
    explanation  varchar(1000) NOT NULL
);
CREATE INDEX plan_visit_plan_idx ON plan_visit (plan_id, starts_at);
CREATE INDEX plan_visit_task_idx ON plan_visit (task_id, starts_at);
