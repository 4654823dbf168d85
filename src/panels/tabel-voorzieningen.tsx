/** The table twin of the facilities layer, per role: publiek's PC4 areas with their count and housing forms, the care provider's and the assessor's facilities one per row. */
import type { VoorzieningVoorScan, VoorzieningVoorZorgaanbieder, Woonvorm } from '../contract/voorziening';
import { woonvormKleur } from '../stijl/kleuren';
import { FASE_NAAM, FASEN } from '../domain/escalatie';
import { pc4Tellingen, woonvormTekst, type Pc4Telling } from '../domain/pc4-aantallen';
import { toonPostcode, type RolGroepen } from '../domain/symboolgroepen';
import { DOELGROEP_LABEL, WOONVORM_LABEL } from '../domain/woonvorm';
import { toonAdres } from '../domain/detail-velden';
import { buurtNaam } from './buurt-naam';
import { DataTabel, type Kolom } from './data-tabel';
import { FaseSymbool } from './fase-symbool-lui';

interface Props {
  groepen: RolGroepen;
  geselecteerd: string | null;
  onSelecteer: (sleutel: string) => void;
}

/** Where a long housing-form name may break in a narrow column (a soft hyphen): browsers without Dutch hyphenation data would otherwise overflow the side panel. */
const AFBREEKBAAR: Partial<Record<Woonvorm, string>> = {
  doorstroomvoorziening: 'Doorstroom\u00advoorziening',
  semimuraal: 'Semimurale voor\u00adziening',
};

/** One line per housing form: its dot, the count and the name; the colour is never the only cue. */
export function WoonvormStippen({ telling }: { telling: Pick<Pc4Telling, 'perWoonvorm'> }) {
  return (
    <ul className="woonvorm-stippen">
      {telling.perWoonvorm.map((d) => (
        <li key={d.woonvorm}>
          <span
            className="woonvorm-stip"
            style={{ backgroundColor: woonvormKleur(d.woonvorm) }}
            aria-hidden="true"
          />
          {d.aantal} × {AFBREEKBAAR[d.woonvorm] ?? WOONVORM_LABEL[d.woonvorm]}
        </li>
      ))}
    </ul>
  );
}

const PC4_KOLOMMEN: readonly Kolom<Pc4Telling>[] = [
  { id: 'pc4', kop: 'Postcodegebied', waarde: (t) => t.pc4, smal: true },
  { id: 'aantal', kop: 'Aantal', waarde: (t) => t.aantal, numeriek: true, smal: true },
  {
    id: 'woonvormen',
    kop: 'Woonvormen',
    waarde: (t) => woonvormTekst(t, (w) => WOONVORM_LABEL[w]),
    toon: (t) => <WoonvormStippen telling={t} />,
    vast: true,
  },
];

interface Rij<V> {
  readonly sleutel: string;
  readonly v: V;
}

function rijen<V>(groepen: readonly { sleutel: string; items: readonly V[] }[]): Rij<V>[] {
  return groepen.flatMap((g) => g.items.map((v) => ({ sleutel: g.sleutel, v })));
}

function naamVan(v: VoorzieningVoorZorgaanbieder | VoorzieningVoorScan): string {
  return 'naam' in v ? v.naam : `Vertrouwelijke locatie (${WOONVORM_LABEL[v.woonvorm].toLowerCase()})`;
}

function plaatsVan(v: VoorzieningVoorZorgaanbieder): string {
  return v.vertrouwelijk ? `Buurt ${buurtNaam(v.buurt) ?? v.buurt}` : toonPostcode(v.pc6);
}

const ZA_KOLOMMEN: readonly Kolom<Rij<VoorzieningVoorZorgaanbieder>>[] = [
  {
    id: 'naam',
    kop: 'Naam',
    waarde: (r) => naamVan(r.v),
    toon: (r) => (
      <>
        {naamVan(r.v)}
        {r.v.eigen ? <span className="data-tabel__merk"> eigen</span> : null}
      </>
    ),
  },
  {
    id: 'woonvorm',
    kop: 'Woonvorm',
    waarde: (r) => WOONVORM_LABEL[r.v.woonvorm],
    toon: (r) => AFBREEKBAAR[r.v.woonvorm] ?? WOONVORM_LABEL[r.v.woonvorm],
  },
  { id: 'postcode', kop: 'Postcode', waarde: (r) => plaatsVan(r.v) },
  { id: 'capaciteit', kop: 'Plaatsen', waarde: (r) => r.v.capaciteit, numeriek: true, smal: true },
];

const SCAN_KOLOMMEN: readonly Kolom<Rij<VoorzieningVoorScan>>[] = [
  { id: 'naam', kop: 'Naam', waarde: (r) => r.v.naam },
  {
    id: 'fase',
    kop: 'Fase',
    // Sorts up the ladder (0, 1, 2, 3a, 3b), not alphabetically.
    waarde: (r) => FASEN.indexOf(r.v.fase),
    smal: true,
    toon: (r) => (
      // Shape and text, as on the map and in the legend: the phase is never told by colour alone (WCAG 1.4.1).
      <span className="data-tabel__fase" title={FASE_NAAM[r.v.fase]}>
        <FaseSymbool fase={r.v.fase} soort={r.v.vertrouwelijk ? 'hol' : 'vol'} grootte={16} />
        Fase {r.v.fase}
        <span className="visueel-verborgen">: {FASE_NAAM[r.v.fase]}</span>
      </span>
    ),
  },
  {
    id: 'woonvorm',
    kop: 'Woonvorm',
    waarde: (r) => WOONVORM_LABEL[r.v.woonvorm],
    toon: (r) => AFBREEKBAAR[r.v.woonvorm] ?? WOONVORM_LABEL[r.v.woonvorm],
  },
  { id: 'doelgroep', kop: 'Doelgroep', waarde: (r) => DOELGROEP_LABEL[r.v.doelgroep] },
  // A confidential location has no address on the wire: its buurt, as on the map.
  {
    id: 'adres',
    kop: 'Adres',
    waarde: (r) => (r.v.vertrouwelijk ? `Buurt ${buurtNaam(r.v.buurt) ?? r.v.buurt}` : toonAdres(r.v.adres)),
  },
  { id: 'capaciteit', kop: 'Plaatsen', waarde: (r) => r.v.capaciteit, numeriek: true, smal: true },
];

export function TabelVoorzieningen({ groepen, geselecteerd, onSelecteer }: Props) {
  const gemeen = { geselecteerd, onSelecteer, leeg: 'Geen voorzieningen op de kaart (kijk bij de filters).' };
  switch (groepen.rol) {
    case 'publiek':
      return (
        <DataTabel
          {...gemeen}
          bijschrift="Voorzieningen per postcodegebied"
          kolommen={PC4_KOLOMMEN}
          rijen={pc4Tellingen(groepen.groepen)}
          rijSleutel={(t) => t.sleutel}
          selectieSleutel={(t) => t.sleutel}
          standaardSortering={{ kolom: 'pc4', richting: 'oplopend' }}
        />
      );
    case 'zorgaanbieder':
      return (
        <DataTabel
          {...gemeen}
          bijschrift="Voorzieningen op de kaart"
          kolommen={ZA_KOLOMMEN}
          rijen={rijen(groepen.groepen)}
          rijSleutel={(r) => r.v.id}
          selectieSleutel={(r) => r.sleutel}
          standaardSortering={{ kolom: 'naam', richting: 'oplopend' }}
        />
      );
    case 'draagkrachtscan':
      return (
        <DataTabel
          {...gemeen}
          bijschrift="Voorzieningen op de kaart"
          kolommen={SCAN_KOLOMMEN}
          rijen={rijen(groepen.groepen)}
          rijSleutel={(r) => r.v.id}
          selectieSleutel={(r) => r.sleutel}
          standaardSortering={{ kolom: 'naam', richting: 'oplopend' }}
        />
      );
  }
}
