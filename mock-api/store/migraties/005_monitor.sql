-- The Monitor's series that no register holds (outflow, wait, homes, the RGW baseline): one row per year or month,
-- its figures as JSON checked by the importer (mock-api/import/monitor-reeksen.ts). The escalatieladder and the RGW
-- figures over time are computed from fase_gebeurtenis and rgw_zaak, not stored twice.

CREATE TABLE monitor_reeks (
  reeks text PRIMARY KEY CHECK (reeks IN ('uitstroom', 'wachttijd', 'woningen', 'rgw-basis')),
  omschrijving text NOT NULL CHECK (length(omschrijving) > 0),
  bijgewerkt date NOT NULL
);

CREATE TABLE monitor_rij (
  reeks text NOT NULL REFERENCES monitor_reeks (reeks) ON DELETE CASCADE,
  -- A year (2024) or a month (2024-03).
  periode text NOT NULL CHECK (periode ~ '^[0-9]{4}(-[0-9]{2})?$'),
  waarden jsonb NOT NULL,
  PRIMARY KEY (reeks, periode)
);

-- Part of the inventory's version (002): a new series is served at once, by every API process.
CREATE TRIGGER versie_monitor_reeks AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON monitor_reeks
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('inventaris');
CREATE TRIGGER versie_monitor_rij AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON monitor_rij
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('inventaris');
