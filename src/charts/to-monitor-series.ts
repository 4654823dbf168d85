/** Pure builders from the Monitor's answers to chart series: one row per period, one key per series, suppressed counts as null. */
import type { Fase } from '../contract/voorziening';
import type {
  LadderMaand,
  LadderWissels,
  RgwMonitorAntwoord,
  RgwMonitorPeriode,
  UitstroomAntwoord,
} from '../contract/monitor';
import type { AfgerondeTelling } from '../contract/rgw';

/** How a series is told apart without colour: a fill pattern for bars, a marker and a dash for lines. */
export type Patroon = 'vol' | 'arcering' | 'stippen' | 'ruit' | 'leeg';
export type Marker = 'cirkel' | 'vierkant' | 'driehoek' | 'ruit' | 'kruis';

export interface Reeks {
  readonly sleutel: string;
  readonly naam: string;
  readonly kleur: string;
  readonly patroon: Patroon;
  readonly marker: Marker;
  /** SVG stroke-dasharray; none for a solid line. */
  readonly streep?: string;
}

export type Punt = Record<string, string | number | null>;

export interface Serie {
  /** The key of the category on the x axis (a label, already in Dutch). */
  readonly x: string;
  readonly punten: Punt[];
  readonly reeksen: readonly Reeks[];
}

// Paul Tol's "bright" and "high-contrast" colours: distinguishable with the common colour-vision deficiencies.
export const FASE_REEKS: Readonly<Record<Fase, Omit<Reeks, 'sleutel' | 'naam'>>> = {
  '0': { kleur: '#4477aa', patroon: 'vol', marker: 'cirkel' },
  '1': { kleur: '#228833', patroon: 'arcering', marker: 'vierkant', streep: '6 3' },
  '2': { kleur: '#cc6677', patroon: 'stippen', marker: 'driehoek', streep: '2 2' },
  '3a': { kleur: '#aa3377', patroon: 'ruit', marker: 'ruit', streep: '8 3 2 3' },
  '3b': { kleur: '#222222', patroon: 'leeg', marker: 'kruis', streep: '1 3' },
};

const MAANDNAMEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** `2024-03` → `mrt 2024`. */
export function maandLabel(maand: string): string {
  return `${MAANDNAMEN[Number(maand.slice(5, 7)) - 1] ?? maand.slice(5, 7)} ${maand.slice(0, 4)}`;
}

/** `2024-K1` → `K1 2024`; a year stays a year. */
export function periodeLabel(periode: string): string {
  const k = /^(\d{4})-K([1-4])$/.exec(periode);
  return k ? `K${k[2]} ${k[1]}` : periode;
}

/** A released count as a number for a chart; suppressed ("minder dan 5") is null: no bar, and said in the table. */
export function getal(t: AfgerondeTelling): number | null {
  return t.onderdrukt ? null : t.aantal;
}

export function ladderSerie(
  maanden: readonly LadderMaand[],
  fasen: readonly { fase: Fase; naam: string }[],
): Serie {
  return {
    x: 'label',
    punten: maanden.map((m) => ({
      label: maandLabel(m.maand),
      maand: m.maand,
      ...Object.fromEntries(fasen.map((f) => [`fase${f.fase}`, m.perFase[f.fase]])),
    })),
    reeksen: fasen.map((f) => ({
      sleutel: `fase${f.fase}`,
      naam: `Fase ${f.fase}: ${f.naam}`,
      ...FASE_REEKS[f.fase],
    })),
  };
}

const ORDE: Readonly<Record<Fase, number>> = { '0': 0, '1': 1, '2': 2, '3a': 3, '3b': 4 };

/** Moves per quarter: up the ladder (more measures) and down (fewer), every quarter from the first to the last listed. */
export function wisselSerie(wissels: readonly LadderWissels[], kwartalen: readonly string[]): Serie {
  const punten = kwartalen.map((kwartaal) => {
    const hier = wissels.filter((w) => w.kwartaal === kwartaal);
    const som = (omhoog: boolean) =>
      hier.filter((w) => ORDE[w.naar] > ORDE[w.van] === omhoog).reduce((s, w) => s + w.aantal, 0);
    return { label: periodeLabel(kwartaal), kwartaal, omhoog: som(true), omlaag: som(false) };
  });
  return {
    x: 'label',
    punten,
    reeksen: [
      {
        sleutel: 'omhoog',
        naam: 'Naar een hogere fase',
        kleur: '#cc6677',
        patroon: 'arcering',
        marker: 'driehoek',
      },
      { sleutel: 'omlaag', naam: 'Naar een lagere fase', kleur: '#4477aa', patroon: 'vol', marker: 'cirkel' },
    ],
  };
}

/** Every quarter from the inventory's to the peildatum's. */
export function kwartalenTussen(van: string, tot: string): string[] {
  const uit: string[] = [];
  let jaar = Number(van.slice(0, 4));
  let k = Math.floor((Number(van.slice(5, 7)) - 1) / 3) + 1;
  const eind = `${tot.slice(0, 4)}-K${Math.floor((Number(tot.slice(5, 7)) - 1) / 3) + 1}`;
  for (;;) {
    const code = `${jaar}-K${k}`;
    uit.push(code);
    if (code >= eind) break;
    k += 1;
    if (k > 4) {
      k = 1;
      jaar += 1;
    }
  }
  return uit;
}

export function uitstroomSerie(a: UitstroomAntwoord): Serie {
  return {
    x: 'label',
    punten: a.jaren.map((j) => ({
      label: String(j.jaar),
      viaHuurzorg: j.viaHuurzorg,
      viaUrgentie: j.viaUrgentie,
      uitstroom: j.uitstroom,
      aandeel: j.aandeel === null ? null : Math.round(j.aandeel * 1000) / 10,
    })),
    reeksen: [
      {
        sleutel: 'viaHuurzorg',
        naam: 'Directe bemiddeling met huur-/zorgovereenkomst',
        kleur: '#4477aa',
        patroon: 'vol',
        marker: 'cirkel',
      },
      {
        sleutel: 'viaUrgentie',
        naam: 'Reguliere urgentie',
        kleur: '#ccbb44',
        patroon: 'arcering',
        marker: 'vierkant',
      },
    ],
  };
}

export const AANDEEL_REEKS: Reeks = {
  sleutel: 'aandeel',
  naam: 'Uitstroom als deel van de vrijgekomen sociale huurwoningen (%)',
  kleur: '#aa3377',
  patroon: 'vol',
  marker: 'cirkel',
};

export function wachttijdSerie(a: UitstroomAntwoord): Serie {
  return {
    x: 'label',
    punten: a.wachttijd.map((w) => ({ label: maandLabel(w.maand), maand: w.maand, maanden: w.maanden })),
    reeksen: [
      {
        sleutel: 'maanden',
        naam: 'Gemiddelde wachttijd directe bemiddeling (maanden)',
        kleur: '#4477aa',
        patroon: 'vol',
        marker: 'cirkel',
      },
    ],
  };
}

/** A series the generator made up says so in its description (an import says where it came from instead). */
export function isDemoReeks(herkomst: { omschrijving: string }): boolean {
  return /demodata/i.test(herkomst.omschrijving);
}

/** `2026 (t/m 20-11)` for the year under way at the peildatum: a year not over yet is not read as a whole year. */
export function jaarLabel(jaar: number, peildatum: string): string {
  const lopend = String(jaar) === peildatum.slice(0, 4) && peildatum.slice(5) !== '12-31';
  return lopend ? `${jaar} (t/m ${peildatum.slice(8, 10)}-${peildatum.slice(5, 7)})` : String(jaar);
}

export function woningenSerie(a: UitstroomAntwoord): Serie {
  const eerste = a.woningen[0];
  const laatste = a.woningen.at(-1);
  const n = (w: number) => w.toLocaleString('nl-NL');
  return {
    x: 'label',
    punten: a.woningen.map((w) => ({ label: String(w.jaar), doel: w.doel, gerealiseerd: w.gerealiseerd })),
    reeksen: [
      {
        sleutel: 'doel',
        // A plan, not a realisation: named as one, and drawn dashed.
        naam:
          eerste && laatste
            ? `Doel (plan): ${n(eerste.doel)} in ${eerste.jaar}, ${n(laatste.doel)} in ${laatste.jaar}`
            : 'Doel (plan)',
        kleur: '#222222',
        patroon: 'leeg',
        marker: 'vierkant',
        streep: '6 3',
      },
      {
        sleutel: 'gerealiseerd',
        naam: isDemoReeks(a.herkomst.woningen) ? 'Gerealiseerd (demodata)' : 'Gerealiseerd',
        kleur: '#228833',
        patroon: 'vol',
        marker: 'cirkel',
      },
    ],
  };
}

export function wonenEerstSerie(a: UitstroomAntwoord): Serie {
  return {
    x: 'label',
    punten: a.wonenEerst.map((w) => ({
      label: jaarLabel(w.jaar, a.bron.peildatum),
      nieuw: w.nieuw,
      totaal: w.totaal,
    })),
    reeksen: [
      {
        sleutel: 'nieuw',
        naam: 'Nieuwe woningen Wonen eerst',
        kleur: '#ccbb44',
        patroon: 'vol',
        marker: 'cirkel',
      },
    ],
  };
}

function periodeNaam(p: RgwMonitorPeriode): string {
  return p.lopend
    ? `${periodeLabel(p.periode)} (t/m ${p.tot.slice(8, 10)}-${p.tot.slice(5, 7)})`
    : periodeLabel(p.periode);
}

export function rgwZakenSerie(perioden: readonly RgwMonitorPeriode[]): Serie {
  return {
    x: 'label',
    punten: perioden.map((p) => ({
      label: periodeNaam(p),
      nieuweZaken: getal(p.nieuweZaken),
      afgeslotenZaken: getal(p.afgeslotenZaken),
    })),
    reeksen: [
      { sleutel: 'nieuweZaken', naam: 'Nieuwe zaken', kleur: '#4477aa', patroon: 'vol', marker: 'cirkel' },
      {
        sleutel: 'afgeslotenZaken',
        naam: 'Afgesloten zaken',
        kleur: '#228833',
        patroon: 'arcering',
        marker: 'vierkant',
      },
    ],
  };
}

export function rgwSplitsingSerie(perioden: readonly RgwMonitorPeriode[]): Serie {
  return {
    x: 'label',
    punten: perioden.map((p) => ({
      label: periodeNaam(p),
      reactief: getal(p.reactief),
      proactief: getal(p.proactief),
      mono: getal(p.mono),
      multi: getal(p.multi),
    })),
    reeksen: [
      {
        sleutel: 'reactief',
        naam: 'Reactief (na een melding)',
        kleur: '#4477aa',
        patroon: 'vol',
        marker: 'cirkel',
      },
      {
        sleutel: 'proactief',
        naam: 'Proactief (toezicht, integrale actie)',
        kleur: '#66ccee',
        patroon: 'arcering',
        marker: 'vierkant',
      },
      { sleutel: 'mono', naam: 'Monodisciplinair', kleur: '#228833', patroon: 'stippen', marker: 'driehoek' },
      { sleutel: 'multi', naam: 'Multidisciplinair', kleur: '#ccbb44', patroon: 'ruit', marker: 'ruit' },
    ],
  };
}

/** New cases per 1,000 inhabitants per focus area, in the newest year that is over (else the year under way). */
export function focusgebiedSerie(a: RgwMonitorAntwoord): { serie: Serie; jaar: number | null } {
  const jaren = [...new Set(a.focusgebieden.map((f) => f.jaar))];
  const vol = jaren.filter((j) => a.focusgebieden.some((f) => f.jaar === j && !f.lopend));
  const jaar = vol.at(-1) ?? jaren.at(-1) ?? null;
  return {
    jaar,
    serie: {
      x: 'label',
      punten: a.focusgebieden
        .filter((f) => f.jaar === jaar)
        .map((f) => ({
          label: f.naam,
          perDuizend: f.perDuizend,
          nieuweZaken: getal(f.nieuweZaken),
          inwoners: f.inwoners,
        })),
      reeksen: [
        {
          sleutel: 'perDuizend',
          naam: 'Nieuwe zaken per 1.000 inwoners',
          kleur: '#4477aa',
          patroon: 'vol',
          marker: 'cirkel',
        },
      ],
    },
  };
}
