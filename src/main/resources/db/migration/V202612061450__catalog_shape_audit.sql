-- The move to the disclosure column's shape (V202612060900, 国办公开办函〔2019〕61号) changed every existing
-- agency's catalogue in SQL, where no audit entry can be signed. This lists the agencies it moved (they got the
-- 'policies' column at sort order 10000; catalogues made later from the new template number their columns
-- from 1); on start the catalogue module writes one audit entry per listed agency, by the system actor, and
-- removes it from the list (CatalogManagement.auditShapeMigrations).
CREATE TABLE cat_shape_migrated (
    agency_id   BIGINT      NOT NULL PRIMARY KEY,
    site_columns INTEGER    NOT NULL,
    migrated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO cat_shape_migrated (agency_id, site_columns, migrated_at)
SELECT p.agency_id,
       (SELECT COUNT(*) FROM cat_column s WHERE s.agency_id = p.agency_id AND s.parent_id IS NULL
                                           AND s.section = 'SITE'),
       CURRENT_TIMESTAMP
  FROM cat_column p
 WHERE p.code = 'policies'
   AND p.sort_order = 10000;
