-- The HKD store: organisations, the inventory of locations with their phase events, the RGW case register and the
-- audit trail. One SQL for PGlite and PostgreSQL 15+; dates are `date`, kept as ISO text at the boundary.

CREATE TABLE dataset (
  sleutel text PRIMARY KEY,
  waarde text NOT NULL
);

CREATE TABLE organisatie (
  id text PRIMARY KEY,
  naam text NOT NULL UNIQUE,
  soort text NOT NULL CHECK (soort IN ('zorgaanbieder', 'gemeente'))
);

CREATE TABLE voorziening (
  id text PRIMARY KEY,
  naam text NOT NULL,
  zorgaanbieder text NOT NULL REFERENCES organisatie (id),
  woonvorm text NOT NULL,
  doelgroep text NOT NULL,
  capaciteit integer NOT NULL CHECK (capaciteit > 0),
  straat text NOT NULL,
  huisnummer integer NOT NULL CHECK (huisnummer > 0),
  toevoeging text,
  postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  lon double precision NOT NULL,
  lat double precision NOT NULL,
  pc6_lon double precision NOT NULL,
  pc6_lat double precision NOT NULL,
  pc4 text NOT NULL,
  buurt text NOT NULL,
  wijk text NOT NULL,
  beheer jsonb NOT NULL,
  vertrouwelijk boolean NOT NULL,
  url text NOT NULL,
  startdatum date NOT NULL,
  -- Locations missing from a replacing import are archived with their history, never deleted.
  gearchiveerd_op timestamptz
);

-- A move on the escalatieladder; the phase of a location is the `naar` of its newest event.
CREATE TABLE fase_gebeurtenis (
  id bigserial PRIMARY KEY,
  voorziening text NOT NULL REFERENCES voorziening (id),
  datum date NOT NULL,
  van text CHECK (van IN ('0', '1', '2', '3a', '3b')),
  naar text NOT NULL CHECK (naar IN ('0', '1', '2', '3a', '3b')),
  reden text NOT NULL CHECK (length(reden) > 0),
  door text NOT NULL,
  vastgelegd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fase_gebeurtenis_voorziening ON fase_gebeurtenis (voorziening, datum, id);

CREATE TABLE rgw_zaak (
  id text PRIMARY KEY,
  geopend date NOT NULL,
  gesloten date,
  categorieen text[] NOT NULL CHECK (cardinality(categorieen) > 0),
  bron text NOT NULL,
  integrale_actie text,
  aanpak text NOT NULL,
  status text NOT NULL,
  buurt text NOT NULL,
  lon double precision NOT NULL,
  lat double precision NOT NULL
);
CREATE INDEX rgw_zaak_geopend ON rgw_zaak (geopend);

CREATE TABLE rgw_integrale_actie (
  id text PRIMARY KEY,
  datum date NOT NULL,
  focusgebied text NOT NULL,
  partners text[] NOT NULL
);

CREATE TABLE rgw_stopgesprek (
  id text PRIMARY KEY,
  datum date NOT NULL,
  focusgebied text NOT NULL,
  verhuurder text NOT NULL
);

CREATE TABLE rgw_casustafel (
  id bigserial PRIMARY KEY,
  datum date NOT NULL,
  focusgebied text NOT NULL
);

-- Counts only: individual client homes are never stored by address.
CREATE TABLE individuele_woningen (
  buurt text PRIMARY KEY,
  zelfstandig_met_huurzorg integer NOT NULL CHECK (zelfstandig_met_huurzorg >= 0),
  wonen_eerst integer NOT NULL CHECK (wonen_eerst >= 0)
);

-- Append-only and hash-chained: every row holds the hash of the row before it (audit.ts).
CREATE TABLE audit (
  volgnummer bigint PRIMARY KEY,
  tijd timestamptz NOT NULL,
  wie text NOT NULL,
  rol text NOT NULL,
  organisatie text,
  wat text NOT NULL,
  doel text,
  details jsonb NOT NULL,
  vorige_hash text NOT NULL,
  hash text NOT NULL
);

CREATE FUNCTION audit_alleen_aanvullen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'de audittrail kan alleen worden aangevuld, niet gewijzigd of gewist';
END;
$$;
CREATE TRIGGER audit_geen_wijziging BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_alleen_aanvullen();
CREATE TRIGGER audit_niet_leegmaken BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_aanvullen();
