-- The Quotes and Incidents pages list the most widely carried groups and the best-sourced
-- incidents first: with the count stored and indexed, a page reads its first rows instead of
-- counting the variants of every group and sorting every incident of a 100k-report archive.
ALTER TABLE quote_groups ADD COLUMN variants INTEGER NOT NULL DEFAULT 0;
UPDATE quote_groups SET variants = (SELECT count(*) FROM quote_variants v WHERE v.group_id = quote_groups.id);
CREATE INDEX quote_groups_carried ON quote_groups(variants DESC, id);
CREATE INDEX quote_groups_severity ON quote_groups(worst_severity, variants DESC, id);
CREATE INDEX incidents_rank ON incidents(independent_sources DESC, reports DESC, date_start DESC, id);
CREATE INDEX incidents_type ON incidents(type, independent_sources DESC, reports DESC, date_start DESC, id);
