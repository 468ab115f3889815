-- Who acted, on whom, under what power.
-- submitted_by: the login that sent the notice (a Met system submitting for a named officer);
-- subject_id: a register identifier of a body or person (a company number), matched before names;
-- authorised_by / authorised_authority: who authorised a closure notice (s.76(1)) and in what rank or office;
-- requirement_kinds: the kinds of the requirements in the order numbered on the notice;
-- breached_requirements / breach_under_appeal: what a recorded breach names, and whether an appeal was pending.
ALTER TABLE notice
    ADD COLUMN submitted_by           varchar(200),
    ADD COLUMN subject_id             varchar(64),
    ADD COLUMN authorised_by          varchar(200),
    ADD COLUMN authorised_authority   varchar(40),
    ADD COLUMN requirement_kinds      varchar(400),
    ADD COLUMN breached_requirements  varchar(200),
    ADD COLUMN breach_under_appeal    boolean;
ALTER TABLE notice_aud
    ADD COLUMN submitted_by           varchar(200),
    ADD COLUMN subject_id             varchar(64),
    ADD COLUMN authorised_by          varchar(200),
    ADD COLUMN authorised_authority   varchar(40),
    ADD COLUMN requirement_kinds      varchar(400),
    ADD COLUMN breached_requirements  varchar(200),
    ADD COLUMN breach_under_appeal    boolean;

UPDATE notice SET submitted_by = recorded_by;
UPDATE notice n SET requirement_kinds = (
    SELECT string_agg(coalesce(r.value ->> 'kind', 'DO'), ',' ORDER BY r.ordinality)
    FROM jsonb_array_elements(n.requirements::jsonb) WITH ORDINALITY AS r)
WHERE n.requirements IS NOT NULL;

CREATE INDEX notice_subject_dob_idx ON notice (lower(subject_name), subject_date_of_birth);
CREATE INDEX notice_subject_id_idx ON notice (lower(subject_id)) WHERE subject_id IS NOT NULL;

ALTER TABLE legal_parameter ALTER COLUMN value TYPE varchar(400);

-- s.76(1): a closure notice is issued by police of at least inspector rank or by the local
-- authority; s.77(1): 24 hours, extended to 48 only by a superintendent (or above) or the council's
-- chief executive (or designate). The earlier single 48-hour cap let a constable's 36-hour closure through.
UPDATE legal_parameter SET value = '24',
       source = 'ABCPA 2014 s.77(1): 24 hours unless extended'
 WHERE name = 'closure-notice.maximum-hours' AND effective_from = '2014-10-20';
UPDATE legal_parameter SET value = 'police-officer,city-inspector,met-system',
       source = 'ABCPA 2014 s.76(1): served by police or council officers, on the authority recorded with it'
 WHERE name = 'power.CLOSURE_NOTICE' AND effective_from = '2014-10-20';
INSERT INTO legal_parameter (name, effective_from, value, source) VALUES
    ('closure-notice.extended-maximum-hours', '2014-10-20', '48', 'ABCPA 2014 s.77(1)'),
    ('closure-notice.issuing-authorities', '2014-10-20',
     'POLICE_INSPECTOR,POLICE_CHIEF_INSPECTOR,POLICE_SUPERINTENDENT,POLICE_CHIEF_SUPERINTENDENT,POLICE_COMMANDER_OR_ABOVE,COUNCIL_AUTHORISED_OFFICER,COUNCIL_CHIEF_EXECUTIVE,COUNCIL_CHIEF_EXECUTIVE_DESIGNATE',
     'ABCPA 2014 s.76(1)'),
    ('closure-notice.extending-authorities', '2014-10-20',
     'POLICE_SUPERINTENDENT,POLICE_CHIEF_SUPERINTENDENT,POLICE_COMMANDER_OR_ABOVE,COUNCIL_CHIEF_EXECUTIVE,COUNCIL_CHIEF_EXECUTIVE_DESIGNATE',
     'ABCPA 2014 s.77(1)');

-- Changes to the law made through the API, in order: who set which value, from when, and why.
CREATE TABLE legal_parameter_change (
    id              bigserial PRIMARY KEY,
    at              timestamptz  NOT NULL DEFAULT now(),
    actor           varchar(200) NOT NULL,
    name            varchar(80)  NOT NULL,
    effective_from  date         NOT NULL,
    old_value       varchar(2000),
    new_value       varchar(2000),
    source          varchar(400) NOT NULL
);
