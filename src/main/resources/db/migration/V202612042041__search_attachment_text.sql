-- Public search finds words in the text extracted from an item's attachments too (issue 10): the search document
-- keeps that text (plain, up to 100,000 characters like the body). Existing rows get it at the next reindex.
ALTER TABLE search_document ADD COLUMN attachment_text VARCHAR(100000);
