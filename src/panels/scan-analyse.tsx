/**
 * The analysis of one site as the side panel shows it: facilities on fase 2 or higher first, then the places per
 * 1,000 inhabitants before and after, the rings, the facilities in them, the confidential locations and individual
 * homes per buurt, RGW cases, the Wijkprofiel and the sources. Every table is a DataTabel (the table twin).
 */
import { useId } from 'react';
import type { Telling } from '../contract/common';
import type { AnalyseAntwoord, CijferBron, VoorzieningInRing } from '../contract/draagkrachtscan';
import type { AfgerondeTelling } from '../contract/rgw';
import { toonDatumKort } from '../domain/datalagen';
import { faseLabel } from '../domain/escalatie';
import { MINDER_DAN_5 } from '../domain/rgw-tabel';
import {
  metCapaciteit,
  tenOpzichteVanStad,
  toonPer1000,
  type Concentratie,
} from '../domain/scan-concentratie';
import { adresSleutel } from '../domain/symboolgroepen';
import { DOELGROEP_LABEL, WOONVORM_LABEL } from '../domain/woonvorm';
import { kaderRond } from '../geo/ringen';
import type { NieuwDoel } from '../map/kaart-doel';
import { doelVoorBuurtSleutel } from './buurt-naam';
import { DataTabel, type Kolom } from './data-tabel';

type Analyse = AnalyseAntwoord;
type Ring = Analyse['ringen'][number];
type Vertrouwelijk = Analyse['vertrouwelijk'][number];
type Woningen = Analyse['individueleWoningen']['buurten'][number];
type RgwRing = Analyse['rgw']['ringen'][number];
type RgwBuurt = Analyse['rgw']['buurten'][number];

export interface ScanAnalyseProps {
  analyse: Analyse;
  /** The places typed now: the "after" figures follow them before the server has answered. */
  plekken: number;
  /** A newer answer is on its way (a changed capacity or facility). */
  bezig: boolean;
  geselecteerd: string | null;
  onSelecteer(sleutel: string | null): void;
  onDoel(doel: NieuwDoel): void;
}

const GETAL = new Intl.NumberFormat('nl-NL');
const getal = (n: number) => GETAL.format(n);

function toonTelling(t: Telling | AfgerondeTelling): string {
  return t.onderdrukt ? MINDER_DAN_5 : getal(t.aantal);
}
/** A suppressed count sorts between 0 and 5. */
function sorteerTelling(t: Telling | AfgerondeTelling): number {
  return t.onderdrukt ? 2.5 : t.aantal;
}

function Bron({ bron }: { bron: CijferBron }) {
  return (
    <p className="paneel__bron">
      Bron: {bron.naam}, {toonDatumKort(bron.datum)}
      {bron.demodata ? ' (demodata)' : ''}.
    </p>
  );
}

interface ConcentratieRij {
  readonly sleutel: string;
  readonly naam: string;
  readonly inwoners: number;
  readonly plekkenVoor: number;
  readonly per1000Voor: number | null;
  readonly plekkenNa: number | null;
  readonly per1000Na: number | null;
  readonly stad: number;
}

function concentratieRijen(blok: Concentratie): ConcentratieRij[] {
  const stad = blok.stad.per1000;
  return [
    { sleutel: `buurt:${blok.buurt.code}`, ...blok.buurt, naam: `Buurt ${blok.buurt.naam}`, stad },
    { sleutel: `wijk:${blok.wijk.code}`, ...blok.wijk, naam: `Wijk ${blok.wijk.naam}`, stad },
    {
      sleutel: 'stad',
      naam: 'Rotterdam (gemiddelde)',
      inwoners: blok.stad.inwoners,
      plekkenVoor: blok.stad.plekken,
      per1000Voor: blok.stad.per1000,
      plekkenNa: null,
      per1000Na: null,
      stad,
    },
  ];
}

/** Four columns, so the table fits a phone: the inhabitants under the area's name, the city comparison under "after". */
const CONCENTRATIE_KOLOMMEN: readonly Kolom<ConcentratieRij>[] = [
  {
    id: 'gebied',
    kop: 'Gebied',
    waarde: (r) => r.naam,
    toon: (r) => (
      <>
        {r.naam}
        <span className="scan__klein">{getal(r.inwoners)} inwoners</span>
      </>
    ),
    vast: true,
  },
  {
    id: 'plekken-nu',
    kop: 'Plekken nu',
    waarde: (r) => r.plekkenVoor,
    toon: (r) => getal(r.plekkenVoor),
    numeriek: true,
    vast: true,
  },
  {
    id: 'per1000-nu',
    kop: 'Per 1.000 nu',
    waarde: (r) => r.per1000Voor ?? -1,
    toon: (r) => toonPer1000(r.per1000Voor),
    numeriek: true,
    vast: true,
  },
  {
    id: 'per1000-na',
    kop: 'Per 1.000 na',
    waarde: (r) => r.per1000Na ?? -1,
    toon: (r) =>
      r.plekkenNa === null ? (
        '–'
      ) : (
        <>
          {toonPer1000(r.per1000Na)}
          <span className="scan__klein">{tenOpzichteVanStad(r.per1000Na, r.stad)}</span>
        </>
      ),
    numeriek: true,
    vast: true,
  },
];

function ConcentratieTabel({
  blok,
  titel,
  onDoel,
}: {
  blok: Concentratie;
  titel: string;
  onDoel(doel: NieuwDoel): void;
}) {
  return (
    <DataTabel<ConcentratieRij>
      bijschrift={titel}
      kolommen={CONCENTRATIE_KOLOMMEN}
      rijen={concentratieRijen(blok)}
      rijSleutel={(r) => r.sleutel}
      selectieSleutel={(r) => r.sleutel}
      geselecteerd={null}
      onSelecteer={(sleutel) => {
        const doel = doelVoorBuurtSleutel(sleutel);
        if (doel) onDoel(doel);
      }}
    />
  );
}

function woonvormenTekst(r: Ring): string {
  return r.perWoonvorm.map((w) => `${WOONVORM_LABEL[w.woonvorm]} ${w.locaties}`).join(', ') || 'geen';
}

const RING_KOLOMMEN: readonly Kolom<Ring>[] = [
  {
    id: 'straal',
    kop: 'Binnen',
    waarde: (r) => r.straalM,
    toon: (r) => `${getal(r.straalM)} m`,
    numeriek: true,
  },
  { id: 'locaties', kop: 'Locaties', waarde: (r) => r.totaal.locaties, numeriek: true },
  {
    id: 'plekken',
    kop: 'Plekken',
    waarde: (r) => r.totaal.plekken,
    toon: (r) => getal(r.totaal.plekken),
    numeriek: true,
  },
  { id: 'fase', kop: 'Fase 2 of hoger', waarde: (r) => r.faseTweeOfHoger, numeriek: true },
  { id: 'woonvormen', kop: 'Woonvormen', waarde: woonvormenTekst, vast: true },
];

const VOORZIENING_KOLOMMEN: readonly Kolom<VoorzieningInRing>[] = [
  { id: 'naam', kop: 'Voorziening', waarde: (v) => v.naam },
  {
    id: 'afstand',
    kop: 'Afstand',
    waarde: (v) => v.afstandM,
    toon: (v) => `${getal(v.afstandM)} m`,
    numeriek: true,
    smal: true,
  },
  { id: 'plekken', kop: 'Plekken', waarde: (v) => v.capaciteit, numeriek: true, smal: true },
  { id: 'woonvorm', kop: 'Woonvorm', waarde: (v) => WOONVORM_LABEL[v.woonvorm] },
  { id: 'doelgroep', kop: 'Doelgroep', waarde: (v) => DOELGROEP_LABEL[v.doelgroep] },
  {
    id: 'fase',
    kop: 'Fase',
    waarde: (v) => v.fase,
    toon: (v) => (v.signaal ? <strong className="scan__signaal">{v.fase} (let op)</strong> : v.fase),
    smal: true,
  },
  { id: 'aanbieder', kop: 'Zorgaanbieder', waarde: (v) => v.zorgaanbieder.naam },
];

const VERTROUWELIJK_KOLOMMEN: readonly Kolom<Vertrouwelijk>[] = [
  { id: 'buurt', kop: 'Buurt', waarde: (b) => b.buurtnaam },
  { id: 'locaties', kop: 'Locaties', waarde: (b) => b.locaties, numeriek: true },
  { id: 'plekken', kop: 'Plekken', waarde: (b) => b.plekken, numeriek: true },
  { id: 'fase', kop: 'Fase 2 of hoger', waarde: (b) => b.faseTweeOfHoger, numeriek: true },
];

const WONINGEN_KOLOMMEN: readonly Kolom<Woningen>[] = [
  { id: 'buurt', kop: 'Buurt', waarde: (b) => b.buurtnaam },
  {
    id: 'huurzorg',
    kop: 'Met huur-/zorgovereenkomst',
    waarde: (b) => sorteerTelling(b.zelfstandigMetHuurzorg),
    toon: (b) => toonTelling(b.zelfstandigMetHuurzorg),
    numeriek: true,
  },
  {
    id: 'wonen-eerst',
    kop: 'Wonen eerst',
    waarde: (b) => sorteerTelling(b.wonenEerst),
    toon: (b) => toonTelling(b.wonenEerst),
    numeriek: true,
  },
];

const RGW_RING_KOLOMMEN: readonly Kolom<RgwRing>[] = [
  {
    id: 'straal',
    kop: 'Binnen',
    waarde: (r) => r.straalM,
    toon: (r) => `${getal(r.straalM)} m`,
    numeriek: true,
  },
  {
    id: 'zaken',
    kop: 'Zaken (ongeveer)',
    waarde: (r) => r.zaken,
    toon: (r) => `≈ ${getal(r.zaken)}`,
    numeriek: true,
  },
  {
    id: 'klein',
    kop: `Cellen met ${MINDER_DAN_5}`,
    waarde: (r) => r.cellenMinderDan5,
    toon: (r) => `${r.cellenMinderDan5} van ${r.cellen}`,
    numeriek: true,
  },
];

const RGW_BUURT_KOLOMMEN: readonly Kolom<RgwBuurt>[] = [
  { id: 'buurt', kop: 'Buurt', waarde: (b) => b.buurtnaam },
  {
    id: 'zaken',
    kop: 'Zaken',
    waarde: (b) => sorteerTelling(b.telling),
    toon: (b) => toonTelling(b.telling),
    numeriek: true,
  },
];

function Subkop({ children }: { children: string }) {
  return <h3 className="paneel__subkop">{children}</h3>;
}

export function ScanAnalyse({
  analyse,
  plekken,
  bezig,
  geselecteerd,
  onSelecteer,
  onDoel,
}: ScanAnalyseProps) {
  const statusId = useId();
  const a = analyse;
  const alle = metCapaciteit(a.concentratie.alle, plekken);
  const woonvorm = a.concentratie.woonvorm ? metCapaciteit(a.concentratie.woonvorm, plekken) : null;
  const signalen = a.voorzieningen.filter((v) => v.signaal);
  const naarBuurt = (sleutel: string) => {
    const doel = doelVoorBuurtSleutel(sleutel);
    if (doel) onDoel(doel);
  };
  const naarRing = (sleutel: string) => {
    const straal = Number(sleutel.slice('ring:'.length));
    onDoel({ soort: 'kader', kader: kaderRond(a.locatie.positie, straal), maxZoom: 17, markeer: null });
  };
  const wp = a.wijkprofiel.indices;
  return (
    <div className="scan__analyse" aria-busy={bezig} aria-describedby={statusId}>
      <p id={statusId} className="visueel-verborgen" aria-live="polite">
        {bezig ? 'De scan wordt bijgewerkt.' : `Scan van ${a.locatie.buurt.naam} bijgewerkt.`}
      </p>

      {signalen.length > 0 ? (
        <div className="scan__let-op" role="note">
          <Subkop>Let op: fase 2 of hoger in de buurt</Subkop>
          <ul>
            {signalen.map((v) => (
              <li key={v.id}>
                {v.naam}, {getal(v.afstandM)} m: {faseLabel(v.fase)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="paneel__uitleg">
          Geen voorzieningen op fase 2 of hoger binnen {getal(a.ringen.at(-1)?.straalM ?? 0)} m.
        </p>
      )}

      <Subkop>Plekken per 1.000 inwoners</Subkop>
      <p className="paneel__uitleg">
        Nu, en na{' '}
        {plekken > 0
          ? `${getal(plekken)} geplande plekken`
          : 'de geplande voorziening (vul het aantal plekken in)'}
        . Vertrouwelijke locaties tellen mee in hun buurt.
      </p>
      <ConcentratieTabel blok={alle} titel="Alle woonvormen: plekken per 1.000 inwoners" onDoel={onDoel} />
      {woonvorm?.woonvorm ? (
        <ConcentratieTabel
          blok={woonvorm}
          titel={`${WOONVORM_LABEL[woonvorm.woonvorm]}: plekken per 1.000 inwoners`}
          onDoel={onDoel}
        />
      ) : null}
      <Bron bron={a.bronnen.inwoners} />

      <Subkop>Voorzieningen per ring</Subkop>
      <DataTabel<Ring>
        bijschrift="Voorzieningen binnen elke ring"
        kolommen={RING_KOLOMMEN}
        rijen={a.ringen}
        rijSleutel={(r) => String(r.straalM)}
        selectieSleutel={(r) => `ring:${r.straalM}`}
        geselecteerd={null}
        onSelecteer={naarRing}
      />

      <DataTabel<VoorzieningInRing>
        bijschrift={`Voorzieningen binnen ${getal(a.ringen.at(-1)?.straalM ?? 0)} m`}
        kolommen={VOORZIENING_KOLOMMEN}
        rijen={a.voorzieningen}
        rijSleutel={(v) => v.id}
        selectieSleutel={(v) => adresSleutel(v.positie)}
        geselecteerd={geselecteerd}
        onSelecteer={onSelecteer}
        standaardSortering={{ kolom: 'afstand', richting: 'oplopend' }}
        leeg="Geen voorzieningen binnen de ringen."
      />
      <Bron bron={a.bronnen.voorzieningen} />

      <Subkop>Vertrouwelijke locaties per buurt</Subkop>
      <p className="paneel__uitleg">Alleen het aantal per buurt: nooit een adres of een afstand.</p>
      <DataTabel<Vertrouwelijk>
        bijschrift="Vertrouwelijke locaties per buurt"
        kolommen={VERTROUWELIJK_KOLOMMEN}
        rijen={a.vertrouwelijk}
        rijSleutel={(b) => b.buurt}
        selectieSleutel={(b) => `buurt:${b.buurt}`}
        geselecteerd={null}
        onSelecteer={naarBuurt}
        leeg="Geen vertrouwelijke locaties in deze buurten."
      />

      <Subkop>Individuele woningen per buurt</Subkop>
      <DataTabel<Woningen>
        bijschrift="Individuele woningen per buurt"
        kolommen={WONINGEN_KOLOMMEN}
        rijen={a.individueleWoningen.buurten}
        rijSleutel={(b) => b.buurt}
        selectieSleutel={(b) => `buurt:${b.buurt}`}
        geselecteerd={null}
        onSelecteer={naarBuurt}
        leeg="Geen gegevens over individuele woningen in deze buurten."
      />
      <Bron bron={a.bronnen.individueleWoningen} />

      <Subkop>Wijkprofiel</Subkop>
      <dl className="velden scan__wijkprofiel">
        <div className="velden__rij">
          <dt>Sociale index</dt>
          <dd>{wp.sociaal.toLocaleString('nl-NL')}</dd>
        </div>
        <div className="velden__rij">
          <dt>Fysieke index</dt>
          <dd>{wp.fysiek.toLocaleString('nl-NL')}</dd>
        </div>
        <div className="velden__rij">
          <dt>Veiligheidsindex</dt>
          <dd>{wp.veiligheid.toLocaleString('nl-NL')}</dd>
        </div>
      </dl>
      <p className="paneel__uitleg">
        Buurt {a.locatie.buurt.naam}. {a.wijkprofiel.toelichting}
      </p>
      <Bron bron={a.bronnen.wijkprofiel} />

      <Subkop>Rotterdams Goed Wonen: zaken</Subkop>
      <p className="paneel__uitleg">
        Opgeteld uit vaste zeshoeken van ongeveer 0,1 km²; zeshoeken met {MINDER_DAN_5} zaken tellen niet mee
        in het getal.
      </p>
      <DataTabel<RgwRing>
        bijschrift="RGW-zaken per ring"
        kolommen={RGW_RING_KOLOMMEN}
        rijen={a.rgw.ringen}
        rijSleutel={(r) => String(r.straalM)}
        selectieSleutel={(r) => `ring:${r.straalM}`}
        geselecteerd={null}
        onSelecteer={naarRing}
      />
      <DataTabel<RgwBuurt>
        bijschrift="RGW-zaken per buurt"
        kolommen={RGW_BUURT_KOLOMMEN}
        rijen={a.rgw.buurten}
        rijSleutel={(b) => b.buurt}
        selectieSleutel={(b) => `buurt:${b.buurt}`}
        geselecteerd={null}
        onSelecteer={naarBuurt}
      />
      <Bron bron={a.rgw.bron} />

      <details className="scan__bronnen">
        <summary>Bronnen en peildata</summary>
        <ul>
          {Object.entries(a.bronnen).map(([deel, bron]) => (
            <li key={deel}>
              {bron.naam}: {toonDatumKort(bron.datum)}
              {bron.demodata ? ' (demodata)' : ''}
            </li>
          ))}
          <li>
            {a.bron.omschrijving} Peildatum {toonDatumKort(a.bron.peildatum)}.
          </li>
        </ul>
      </details>
    </div>
  );
}
