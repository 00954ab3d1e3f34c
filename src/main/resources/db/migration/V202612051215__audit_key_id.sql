-- The audit key that signed each entry (AuditKey id: algorithm and fingerprint, never the key). NULL for the entries
-- hashed with plain SHA-256 before the chain was keyed; AuditLog.adoptCurrentKey writes the keyed cut-over entry.
ALTER TABLE aud_entry ADD COLUMN key_id VARCHAR(40);
