-- Column and agency lists read the newest published items first: serve both orders from an index instead of
-- reading every item of the agency (at 100,000 items an agency, a column page took over a second).
CREATE INDEX pub_item_column_list ON pub_item (column_id, status, published_on DESC, id DESC);
CREATE INDEX pub_item_agency_list ON pub_item (agency_id, status, published_on DESC, id DESC);
