-- A version counter per part of the store, bumped by a trigger on every statement that writes to it, whoever writes
-- (this server, another API process on the same PostgreSQL database, an import): each request reads the counters in
-- one small query and reloads only the part that moved, so no process serves stale data.

CREATE TABLE opslag_versie (
  onderdeel text PRIMARY KEY CHECK (onderdeel IN ('inventaris', 'rgw', 'woningen')),
  versie bigint NOT NULL DEFAULT 0
);
INSERT INTO opslag_versie (onderdeel) VALUES ('inventaris'), ('rgw'), ('woningen');

CREATE FUNCTION opslag_versie_ophogen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE opslag_versie SET versie = versie + 1 WHERE onderdeel = TG_ARGV[0];
  RETURN NULL;
END;
$$;

CREATE TRIGGER versie_dataset AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dataset
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('inventaris');
CREATE TRIGGER versie_organisatie AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisatie
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('inventaris');
CREATE TRIGGER versie_voorziening AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON voorziening
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('inventaris');
CREATE TRIGGER versie_fase_gebeurtenis AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON fase_gebeurtenis
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('inventaris');
CREATE TRIGGER versie_rgw_zaak AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rgw_zaak
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('rgw');
CREATE TRIGGER versie_rgw_integrale_actie AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rgw_integrale_actie
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('rgw');
CREATE TRIGGER versie_rgw_stopgesprek AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rgw_stopgesprek
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('rgw');
CREATE TRIGGER versie_rgw_casustafel AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rgw_casustafel
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('rgw');
CREATE TRIGGER versie_individuele_woningen AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON individuele_woningen
  FOR EACH STATEMENT EXECUTE FUNCTION opslag_versie_ophogen('woningen');
