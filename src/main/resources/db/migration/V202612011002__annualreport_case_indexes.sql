-- The annual report counts cases by receipt and closing day per agency (table 三: received in the year, open on
-- 1 January, closed in the year, open on 31 December). These two indexes bound each count to the cases of the
-- year in question instead of the agency's whole history.
CREATE INDEX req_case_agency_received ON req_case (agency_id, received_on);
CREATE INDEX req_case_agency_closed ON req_case (agency_id, closed_on);
