-- DPA 2018 s.62 log: every creation, change, read and disclosure of notice data, with who,
-- when and why. Append-only: the database itself refuses to change or delete a row.
CREATE TABLE audit_event (
    id          bigserial PRIMARY KEY,
    at          timestamptz   NOT NULL DEFAULT now(),
    actor       varchar(200)  NOT NULL,
    actor_roles varchar(400)  NOT NULL,
    action      varchar(16)   NOT NULL CHECK (action IN ('COLLECT', 'ALTER', 'CONSULT', 'DISCLOSE', 'ERASE')),
    entity      varchar(40)   NOT NULL,
    entity_id   varchar(200),
    reason      varchar(500)  NOT NULL,
    detail      varchar(2000)
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, at);
CREATE INDEX audit_event_at_idx ON audit_event (at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only (DPA 2018 s.62): % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Hibernate Envers: every committed version of a notice.
CREATE SEQUENCE revinfo_seq INCREMENT BY 50;
CREATE TABLE revinfo (
    rev      integer PRIMARY KEY,
    revtstmp bigint
);
CREATE TABLE notice_aud (
    id                     uuid     NOT NULL,
    rev                    integer  NOT NULL REFERENCES revinfo (rev),
    revtype                smallint,
    type                   varchar(40),
    legal_basis            varchar(80),
    status                 varchar(24),
    subject_kind           varchar(8),
    subject_name           varchar(200),
    subject_date_of_birth  date,
    officer_staff_number   varchar(32),
    officer_organisation   varchar(24),
    officer_role           varchar(32),
    conduct                varchar(4000),
    conduct_code           varchar(40),
    latitude               double precision,
    longitude              double precision,
    issued_at              timestamptz,
    recorded_by            varchar(200),
    recorded_at            timestamptz,
    comply_by              date,
    related_notice_id      uuid,
    report_id              uuid,
    task_id                uuid,
    location_description   varchar(300),
    pspo_order_id          varchar(64),
    behaviour_code         varchar(64),
    offence_at             timestamptz,
    amount                 numeric(8, 2),
    discount_amount        numeric(8, 2),
    discount_until         date,
    due_date               date,
    appeal_by              date,
    proceedings_from       date,
    appeal_lodged_on       date,
    requirements           text,
    evidence               text,
    status_changed_at      timestamptz,
    change_seq             bigint,
    PRIMARY KEY (id, rev)
);
