-- portal (issue 12): the applicant's consent, given on the application form, to list the request's subject and
-- answer type in the agency's public list of answered requests. No row, no listing.
CREATE TABLE req_listing_consent (
    case_id      BIGINT                   NOT NULL PRIMARY KEY REFERENCES req_case (id),
    consented_at TIMESTAMP WITH TIME ZONE NOT NULL
);
