-- The Speakers page lists the most quoted first: with each entity's counts stored (refreshed by
-- the quotes stage) and indexed, the page reads 500 rows instead of grouping every quotation.
ALTER TABLE entities ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET quotes = (SELECT count(*) FROM quotes q WHERE q.entity_id = entities.id),
                    documents = (SELECT count(DISTINCT q.doc_id) FROM quotes q WHERE q.entity_id = entities.id);
CREATE INDEX entities_quoted ON entities(quotes DESC, name);
CREATE INDEX entity_titles_entity ON entity_titles(entity_id, title);
