/** The RGW density as the app, the map and the panels share it: the filter from the URL, the role's answer, its rows and classes (made once per answer), the map's view of it and the layer control's state. */
// Every hook here reads the same cached answer (api/rgw-dichtheid.ts keys requests by role and query), so the map,
// the table twin and the legend, each calling these hooks, share one request and one array of rows.
import { useEffect, useMemo, useState } from 'react';
import type { BronToestand } from '../api/bron';
import type { ApiFout } from '../api/client';
import { useMeta } from '../api/meta';
import { laadRgwDichtheidOpnieuw, useRgwDichtheid, type DichtheidVoorRol } from '../api/rgw-dichtheid';
import { useSessie } from '../api/sessie';
import type { Rol } from '../contract/common';
import type { FocusgebiedCode } from '../contract/gebied';
import { laagTitel } from '../domain/datalagen';
import {
  dichtheidVraag,
  periodeTekst,
  rgwFilterUit,
  type RgwFilter,
  type RgwUrlFilters,
} from '../domain/rgw-filter';
import type { RgwKaart } from '../domain/rgw-kaart';
import { getoondeAantallen, maakKlassen, type Klassen } from '../domain/rgw-klassen';
import { rijenVoorBuurten, rijenVoorCellen, rijenVoorFocusgebieden, type RgwRij } from '../domain/rgw-tabel';
import { dichtstbijzijnde } from '../geo/dichtstbijzijnde';
import { BUURTEN } from '../geo/rotterdam-facts';
import { buurtNaam } from './buurt-naam';
import type { LaagToestand } from './laag-toestand';

export const RGW_LAAG_ID = 'rgw-dichtheid' as const;

/** One answer, ready to draw and list. */
export interface RgwWeergave {
  readonly antwoord: DichtheidVoorRol;
  readonly rijen: readonly RgwRij[];
  readonly klassen: Klassen;
  /** "in 3e kwartaal 2026", from the answer's own filter. */
  readonly periode: string;
}

export interface RgwToestand {
  readonly rol: Rol;
  readonly filter: RgwFilter;
  readonly focus: FocusgebiedCode | null;
  readonly peildatum: string | null;
  /** Null when the layer is off: nothing is asked then. */
  readonly toestand: BronToestand<DichtheidVoorRol> | null;
  readonly weergave: RgwWeergave | null;
  readonly fout: ApiFout | null;
  readonly opnieuw: () => void;
}

type CelNaam = (h3: string) => string | null;

/**
 * The buurt a cell's centre lies in, by the nearest-centroid rule the schematic geography is built on. h3-js is
 * large and only the scan needs it: loaded on first use, from the chunk the map already fetched.
 */
let celNaamBelofte: Promise<CelNaam> | null = null;
function laadCelNaam(): Promise<CelNaam> {
  celNaamBelofte ??= import('h3-js').then(({ cellToLatLng }) => (h3: string) => {
    try {
      const [lat, lon] = cellToLatLng(h3);
      return dichtstbijzijnde([lon, lat], BUURTEN).naam;
    } catch {
      return null;
    }
  });
  return celNaamBelofte;
}

function useCelNaam(nodig: boolean): CelNaam | null {
  const [celNaam, setCelNaam] = useState<CelNaam | null>(null);
  useEffect(() => {
    if (!nodig || celNaam) return;
    let actief = true;
    void laadCelNaam().then((f) => {
      if (actief) setCelNaam(() => f);
    });
    return () => {
      actief = false;
    };
  }, [nodig, celNaam]);
  return celNaam;
}

const ZONDER_NAAM: CelNaam = () => null;

// Per answer (and per naming function, which arrives once): the rows keep their identity across renders and hooks.
const WEERGAVEN = new WeakMap<DichtheidVoorRol, Map<CelNaam, RgwWeergave>>();

export function maakWeergave(antwoord: DichtheidVoorRol, celNaam: CelNaam): RgwWeergave {
  let perNaam = WEERGAVEN.get(antwoord);
  const bestaand = perNaam?.get(celNaam);
  if (bestaand) return bestaand;
  let weergave: RgwWeergave;
  const periode = periodeTekst(antwoord.filter);
  switch (antwoord.niveau) {
    case 'h3': {
      const klassen = maakKlassen(getoondeAantallen(antwoord.cellen), antwoord.minimum);
      weergave = { antwoord, klassen, periode, rijen: rijenVoorCellen(antwoord.cellen, klassen, celNaam) };
      break;
    }
    case 'buurt': {
      const klassen = maakKlassen(
        getoondeAantallen(antwoord.buurten.map((b) => b.telling)),
        antwoord.minimum,
      );
      const rijen = rijenVoorBuurten(antwoord.buurten, klassen, (code) => buurtNaam(code) ?? code);
      weergave = { antwoord, klassen, periode, rijen };
      break;
    }
    case 'focusgebied': {
      const klassen = maakKlassen(
        getoondeAantallen(antwoord.focusgebieden.map((f) => f.telling)),
        antwoord.minimum,
      );
      weergave = {
        antwoord,
        klassen,
        periode,
        rijen: rijenVoorFocusgebieden(antwoord.focusgebieden, klassen),
      };
      break;
    }
  }
  perNaam ??= new Map();
  perNaam.set(celNaam, weergave);
  WEERGAVEN.set(antwoord, perNaam);
  return weergave;
}

/** The RGW density for the signed-in role and the filters in the URL; `aan` false asks nothing. */
export function useRgw(filters: RgwUrlFilters, aan: boolean): RgwToestand {
  const sessie = useSessie();
  const rol = sessie.gebruiker.rol;
  const meta = useMeta();
  const peildatum = meta.status === 'ok' ? meta.data.bron.peildatum : null;
  const periode = filters['rgw-periode'];
  const categorie = filters['rgw-categorie'];
  const niveau = filters['rgw-niveau'];
  const cel = filters['rgw-cel'];
  // Rebuilt only when one of its parts changes: the query object is the cache key's source.
  const filter = useMemo(
    () =>
      rgwFilterUit({
        'rgw-periode': periode,
        'rgw-categorie': categorie,
        'rgw-niveau': niveau,
        'rgw-cel': cel,
      }),
    [periode, categorie, niveau, cel],
  );
  const vraag = useMemo(() => dichtheidVraag(filter, rol), [filter, rol]);
  const toestand = useRgwDichtheid(aan ? vraag : null);
  const celNaam = useCelNaam(toestand.status === 'ok' && toestand.data.niveau === 'h3');
  const weergave =
    toestand.status === 'ok' && aan ? maakWeergave(toestand.data, celNaam ?? ZONDER_NAAM) : null;
  return {
    rol,
    filter,
    focus: filters['rgw-focus'] ?? null,
    peildatum,
    toestand: aan ? toestand : null,
    weergave,
    fout: aan && toestand.status === 'fout' ? toestand.fout : null,
    opnieuw: () => laadRgwDichtheidOpnieuw(sessie, vraag),
  };
}

/** What the map draws; stable while the answer and the focus area are. */
export function useRgwKaart(filters: RgwUrlFilters, aan: boolean): RgwKaart | null {
  const { weergave, focus } = useRgw(filters, aan);
  return useMemo(
    () =>
      weergave || focus
        ? {
            niveau: weergave?.antwoord.niveau ?? 'focusgebied',
            rijen: weergave?.rijen ?? [],
            klassen: weergave?.klassen ?? { ondergrenzen: [], hoogste: 0 },
            minimum: weergave?.antwoord.minimum ?? 0,
            periode: weergave?.periode ?? '',
            focus,
          }
        : null,
    [weergave, focus],
  );
}

function samenvatting(weergave: RgwWeergave): string {
  const { antwoord, rijen } = weergave;
  const onderdrukt = rijen.filter((r) => r.telling.onderdrukt).length;
  const soort =
    antwoord.niveau === 'h3' ? 'H3-cellen' : antwoord.niveau === 'buurt' ? 'buurten' : 'focusgebieden';
  const basis = `${rijen.length} ${soort} ${weergave.periode}`;
  return onderdrukt > 0 ? `${basis}; ${onderdrukt} met minder dan 5 zaken` : basis;
}

/** The layer control's line for the density layer: loading, failed with its own retry, or its summary and source. */
export function useRgwLaag(filters: RgwUrlFilters, aan: boolean): LaagToestand {
  const rgw = useRgw(filters, aan);
  const basis = { id: RGW_LAAG_ID, titel: laagTitel(RGW_LAAG_ID, rgw.rol), aan };
  const t = rgw.toestand;
  if (t === null) return { ...basis, status: 'ok' };
  if (t.status === 'laden') return { ...basis, status: 'laden' };
  if (t.status === 'fout') {
    // A period the API refuses is fixed in the filter, where its message also stands; trying again would not help.
    const invoer = t.fout.code === 'ongeldige_invoer';
    return { ...basis, status: 'fout', melding: t.fout.message, ...(invoer ? {} : { opnieuw: rgw.opnieuw }) };
  }
  return {
    ...basis,
    status: 'ok',
    bron: t.data.bron,
    ...(rgw.weergave ? { samenvatting: samenvatting(rgw.weergave) } : {}),
  };
}
