-- Spring Modulith's event publication registry (spring-modulith-events-jpa 2.1, entity JpaEventPublication): one row
-- per event and transactional listener, written in the publishing transaction and completed when the listener
-- returns, so a reaction another module owes (catalogue of a new agency, deadlines after a holiday notice, corrections
-- of a published annual report) survives a crash or a failure after the commit and is run again.
-- Flyway owns the table; Hibernate only validates it. Completed rows are purged by EventPublicationJobs.
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL PRIMARY KEY,
    -- the listener method, e.g. org.gongkai.catalog.CatalogSetup.on(org.gongkai.agency.AgencyRegistered)
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    -- the event as JSON (Jackson): small records of ids, dates and codes
    serialized_event       VARCHAR(4000)            NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    -- PUBLISHED, PROCESSING, COMPLETED, FAILED or RESUBMITTED
    status                 VARCHAR(20),
    completion_attempts    INTEGER                  NOT NULL DEFAULT 0,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_open ON event_publication (completion_date, publication_date);
CREATE INDEX event_publication_listener ON event_publication (listener_id, completion_date);
