-- Public full-text search: one row per published item, as the search index sees it (plain text, HTML
-- stripped), kept by the search module from the publication events. Rows written here by SQL reach the
-- Lucene index only through a reindex (POST /api/v1/admin/search/reindex or --gongkai.search.reindex=true).
CREATE TABLE search_document (
    publication_id  BIGINT          NOT NULL PRIMARY KEY,
    agency_id       BIGINT          NOT NULL,
    agency_name     VARCHAR(200)    NOT NULL,
    credit_code     VARCHAR(18)     NOT NULL,
    column_id       BIGINT          NOT NULL,
    column_name     VARCHAR(200),
    title           VARCHAR(200)    NOT NULL,
    summary         VARCHAR(1000),
    body            VARCHAR(100000) NOT NULL,
    document_number VARCHAR(100),
    index_number    VARCHAR(40),
    genre           VARCHAR(30)     NOT NULL,
    published_on    DATE            NOT NULL,
    published_year  INTEGER         NOT NULL
);
