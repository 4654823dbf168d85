-- Imports of the municipality's own files (mock-api/import): a location keeps the code the inventory gives it, and a
-- case its number; archived locations (gearchiveerd_op, 001) keep their phase events.

-- The inventory's own key. The demo data has none: its key is the id (vz-001), so a lookup is by coalesce(locatiecode, id).
ALTER TABLE voorziening ADD COLUMN locatiecode text;
CREATE UNIQUE INDEX voorziening_locatiecode ON voorziening ((coalesce(locatiecode, id)));

-- The address a case is registered at, as the register gives it; never sent anywhere (counts only).
ALTER TABLE rgw_zaak ADD COLUMN postcode text;
ALTER TABLE rgw_zaak ADD COLUMN huisnummer integer;
