-- The ordered change feed of tasks: every task event is numbered in commit order (an advisory
-- lock held until commit, see service-support's CommitOrder), so a service following the feed
-- ("everything after N") never skips an event that committed late. reports-service follows it
-- so that a report records the tasks that name it.
CREATE SEQUENCE task_event_seq;
ALTER TABLE task_event ADD COLUMN seq bigint;
UPDATE task_event e SET seq = numbered.n
FROM (SELECT id, row_number() OVER (ORDER BY at, id) AS n FROM task_event) AS numbered
WHERE numbered.id = e.id;
SELECT setval('task_event_seq', COALESCE((SELECT max(seq) FROM task_event), 0) + 1, false);
ALTER TABLE task_event ALTER COLUMN seq SET NOT NULL;
ALTER TABLE task_event ADD CONSTRAINT task_event_seq_unique UNIQUE (seq);
