-- portal (issue 12): the disclosure column's shape (国办公开办函〔2019〕61号, docs/legal-rules.md).
-- The first level of every agency's disclosure column is the same four columns: 政府信息公开指南,
-- 政府信息公开制度, 法定主动公开内容, 政府信息公开年报. News, notices and the columns an agency added at the
-- top move to the site's other section (section SITE); interpretations and the grassroots standard
-- catalogue move under 法定主动公开内容, which also gets the list of current rules and normative documents.
-- No item changes column, index number or address: only the tree around them changes.
ALTER TABLE cat_column ADD COLUMN section VARCHAR(20) DEFAULT 'DISCLOSURE' NOT NULL;

UPDATE cat_column SET section = 'SITE'
 WHERE parent_id IS NULL
   AND (code IS NULL OR code NOT IN ('guide', 'rules', 'statutory', 'reports', 'interpretation', 'grassroots'));

UPDATE cat_column SET
    sort_order = CASE code WHEN 'interpretation' THEN 10001 ELSE 10002 END,
    parent_id = (SELECT s.id FROM cat_column s WHERE s.agency_id = cat_column.agency_id AND s.code = 'statutory')
 WHERE parent_id IS NULL
   AND code IN ('interpretation', 'grassroots')
   AND EXISTS (SELECT 1 FROM cat_column s WHERE s.agency_id = cat_column.agency_id AND s.code = 'statutory');

UPDATE cat_column SET name = '政府信息公开年报'
 WHERE code = 'reports' AND parent_id IS NULL AND name = '政府信息公开年度报告';

INSERT INTO cat_column (agency_id, parent_id, code, name, kind, hidden, sort_order, created_at, updated_at, version,
                        section)
SELECT s.agency_id, s.id, 'policies', '现行有效规章和规范性文件', 'NOTICE', FALSE, 10000, CURRENT_TIMESTAMP,
       CURRENT_TIMESTAMP, 0, 'DISCLOSURE'
  FROM cat_column s
 WHERE s.code = 'statutory'
   AND NOT EXISTS (SELECT 1 FROM cat_column p WHERE p.agency_id = s.agency_id AND p.code = 'policies');
