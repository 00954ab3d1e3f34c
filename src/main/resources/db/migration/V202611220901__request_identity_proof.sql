-- The applicant's identity proof uploaded with an online application (art. 29): the file
-- itself lives in the upload store under its SHA-256.
ALTER TABLE req_case ADD COLUMN id_proof_sha256 VARCHAR(64);
ALTER TABLE req_case ADD COLUMN id_proof_name VARCHAR(200);
ALTER TABLE req_case ADD COLUMN id_proof_type VARCHAR(100);
ALTER TABLE req_case ADD COLUMN id_proof_size BIGINT;
