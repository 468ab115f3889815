-- Everything a notice carries beyond the first slice: conduct code (to match a CPN with its
-- warning), requirements and evidence, links to reports and tasks, penalty terms, and the
-- dates the law derives from the issue date. Dates are stored as computed at issue so a
-- later change in the law never rewrites a notice already given.
ALTER TABLE notice
    ADD COLUMN officer_role          varchar(32),
    ADD COLUMN conduct_code          varchar(40),
    ADD COLUMN comply_by             date,
    ADD COLUMN related_notice_id     uuid REFERENCES notice (id),
    ADD COLUMN report_id             uuid,
    ADD COLUMN task_id               uuid,
    ADD COLUMN location_description  varchar(300),
    ADD COLUMN pspo_order_id         varchar(64),
    ADD COLUMN behaviour_code        varchar(64),
    ADD COLUMN offence_at            timestamptz,
    ADD COLUMN amount                numeric(8, 2) CHECK (amount > 0),
    ADD COLUMN discount_amount       numeric(8, 2) CHECK (discount_amount > 0),
    ADD COLUMN discount_until        date,
    ADD COLUMN due_date              date,
    ADD COLUMN appeal_by             date,
    ADD COLUMN proceedings_from      date,
    ADD COLUMN appeal_lodged_on      date,
    ADD COLUMN requirements          text,
    ADD COLUMN evidence              text,
    ADD COLUMN status_changed_at     timestamptz,
    ADD COLUMN change_seq            bigint;

UPDATE notice SET status_changed_at = recorded_at, offence_at = issued_at, conduct_code = 'OTHER';
ALTER TABLE notice ALTER COLUMN status_changed_at SET NOT NULL, ALTER COLUMN conduct_code SET NOT NULL;

CREATE INDEX notice_report_idx ON notice (report_id) WHERE report_id IS NOT NULL;
CREATE INDEX notice_task_idx ON notice (task_id) WHERE task_id IS NOT NULL;
CREATE INDEX notice_subject_conduct_idx ON notice (lower(subject_name), conduct_code);
CREATE INDEX notice_related_idx ON notice (related_notice_id) WHERE related_notice_id IS NOT NULL;
CREATE INDEX notice_cursor_idx ON notice (issued_at DESC, id DESC);

-- A payment of a fixed penalty: one per notice, and a payment reference is never reused.
CREATE TABLE payment (
    id           uuid PRIMARY KEY,
    notice_id    uuid          NOT NULL UNIQUE REFERENCES notice (id),
    amount       numeric(8, 2) NOT NULL CHECK (amount > 0),
    paid_on      date          NOT NULL,
    channel      varchar(16)   NOT NULL,
    reference    varchar(64)   NOT NULL,
    recorded_by  varchar(200)  NOT NULL,
    recorded_at  timestamptz   NOT NULL,
    UNIQUE (channel, reference)
);

-- An unpaid penalty handed to prosecution.
CREATE TABLE prosecution_file (
    id          uuid PRIMARY KEY,
    notice_id   uuid         NOT NULL UNIQUE REFERENCES notice (id),
    opened_on   date         NOT NULL,
    opened_by   varchar(200) NOT NULL,
    note        varchar(2000)
);

-- The change feed for Met systems: one row per change, numbered in commit order (writers take
-- a transaction lock before numbering, so a reader never skips a change committed late).
CREATE TABLE notice_change (
    seq        bigint PRIMARY KEY,
    notice_id  uuid        NOT NULL REFERENCES notice (id),
    change     varchar(32) NOT NULL,
    status     varchar(24) NOT NULL,
    version    bigint      NOT NULL,
    at         timestamptz NOT NULL
);
CREATE SEQUENCE notice_change_seq;

-- A create request remembered by its Idempotency-Key, so a retry returns the first answer.
CREATE TABLE idempotency_record (
    caller          varchar(200) NOT NULL,
    idempotency_key varchar(200) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    status          integer      NOT NULL,
    location        varchar(500),
    body            text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

INSERT INTO legal_parameter (name, effective_from, value, source) VALUES
    ('fixed-penalty.maximum',              '2014-10-20', '100', 'ABCPA 2014 s.52(6), s.68(6)'),
    ('fixed-penalty.default-amount',       '2014-10-20', '100', 'Westminster fixed penalty level'),
    ('fixed-penalty.discount-amount',      '2014-10-20', '75',  'ABCPA 2014 s.52(7), s.68(7): Westminster early-payment amount'),
    ('fixed-penalty.discount-days',        '2014-10-20', '10',  'ABCPA 2014 s.52(7), s.68(7): Westminster early-payment period'),
    ('fixed-penalty.payment-days',         '2014-10-20', '14',  'ABCPA 2014 s.52(5), s.68(5)'),
    ('fixed-penalty.no-proceedings-days',  '2014-10-20', '14',  'ABCPA 2014 s.52(5), s.68(5)'),
    ('community-protection.appeal-days',   '2014-10-20', '21',  'ABCPA 2014 s.46(2)'),
    ('dispersal.maximum-hours',            '2014-10-20', '48',  'ABCPA 2014 s.35(2)'),
    ('pspo.maximum-duration-months',       '2014-10-20', '36',  'ABCPA 2014 s.60(1)'),
    ('power.COMMUNITY_PROTECTION_WARNING', '2014-10-20', 'city-inspector,police-officer,met-system', 'ABCPA 2014 s.53'),
    ('power.COMMUNITY_PROTECTION_NOTICE',  '2014-10-20', 'city-inspector,police-officer,met-system', 'ABCPA 2014 s.53'),
    ('power.FIXED_PENALTY_CPN_BREACH',     '2014-10-20', 'city-inspector,police-officer,met-system', 'ABCPA 2014 s.52(1)'),
    ('power.FIXED_PENALTY_PSPO_BREACH',    '2014-10-20', 'city-inspector,police-officer,met-system', 'ABCPA 2014 s.68(1)'),
    ('power.DISPERSAL_DIRECTION',          '2014-10-20', 'police-officer,met-system', 'ABCPA 2014 s.35(1)'),
    ('power.CLOSURE_NOTICE',               '2014-10-20', 'police-officer,met-system', 'ABCPA 2014 s.76(1)');
