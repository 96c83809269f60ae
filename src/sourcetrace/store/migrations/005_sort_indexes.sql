-- The collection page sorts by date and by length: indexes let a sorted page read 200 rows, not
-- sort the whole collection (400 ms at 100k documents without them).
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_words ON documents(word_count);
