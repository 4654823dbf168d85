-- Draagkrachtscan dossiers (mock-api/scan/dossiers.ts): every version is a row of its own. A concept is edited in
-- place; a definitief version is never changed again, here enforced by the database whoever writes; a correction is
-- the next version of the same dossier, which keeps the old one.

CREATE TABLE scan_dossier (
  id text NOT NULL CHECK (id ~ '^DKS-[0-9]{4}-[0-9]{4}$'),
  versie integer NOT NULL CHECK (versie > 0),
  status text NOT NULL CHECK (status IN ('concept', 'definitief')),
  titel text NOT NULL,
  -- The initiative, sites with their analysis snapshot, steps, MO/SO/DV input and conclusion, as the contract's JSON.
  inhoud jsonb NOT NULL,
  -- What the list's search looks in: number, title, site labels and addresses, provider, woonvorm.
  zoektekst text NOT NULL,
  correctie_reden text,
  aangemaakt_door text NOT NULL,
  aangemaakt_op timestamptz NOT NULL,
  gewijzigd_door text NOT NULL,
  gewijzigd_op timestamptz NOT NULL,
  definitief_door text,
  definitief_op timestamptz,
  PRIMARY KEY (id, versie),
  CHECK ((status = 'definitief') = (definitief_op IS NOT NULL))
);
CREATE INDEX scan_dossier_gewijzigd ON scan_dossier (gewijzigd_op DESC);

CREATE FUNCTION scan_dossier_alleen_concept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'een scandossier wordt niet verwijderd (%/%)', OLD.id, OLD.versie;
  END IF;
  IF OLD.status = 'definitief' THEN
    RAISE EXCEPTION 'scandossier %/% is definitief en kan niet meer worden gewijzigd', OLD.id, OLD.versie;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER scan_dossier_definitief_blijft BEFORE UPDATE OR DELETE ON scan_dossier
  FOR EACH ROW EXECUTE FUNCTION scan_dossier_alleen_concept();
