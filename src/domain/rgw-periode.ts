/** The fixed periods RGW figures are released for (ISO weeks, calendar months, quarters and years), their codes, Dutch names and which role may ask which. */
// Fixed, aligned periods are half of the disclosure control (celsleutel.ts is the other half): with free dates, two
// periods a day apart differ by one day's cases, and many overlapping periods would let noise be averaged away.
// A period is released only once it is over, so a figure never changes from one day to the next as cases arrive.
import type { Rol } from '../contract/common';

export type PeriodeSoort = 'week' | 'maand' | 'kwartaal' | 'jaar';

export interface Periode {
  readonly soort: PeriodeSoort;
  /** `2026-W45`, `2026-10`, `2026-K3` or `2025`. */
  readonly code: string;
  /** First day, ISO date. */
  readonly van: string;
  /** Last day, inclusive. */
  readonly tot: string;
}

/** Weeks only for the municipality's roles, whose finer grid is worth a finer period; everyone else months and up. */
export const PERIODESOORTEN: Readonly<Record<Rol, readonly PeriodeSoort[]>> = {
  publiek: ['maand', 'kwartaal', 'jaar'],
  zorgaanbieder: ['maand', 'kwartaal', 'jaar'],
  draagkrachtscan: ['week', 'maand', 'kwartaal', 'jaar'],
  beheer: ['week', 'maand', 'kwartaal', 'jaar'],
};

export const PERIODESOORT_LABEL: Readonly<Record<PeriodeSoort, string>> = {
  week: 'Week',
  maand: 'Maand',
  kwartaal: 'Kwartaal',
  jaar: 'Jaar',
};

/** The examples the API's 400 and the form name. */
export const PERIODE_VOORBEELDEN = '2026-10 (maand), 2026-K3 (kwartaal) of 2025 (jaar)';

const DAG_MS = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utc(jaar: number, maand: number, dag: number): number {
  return Date.UTC(jaar, maand - 1, dag);
}

/** Monday of ISO week 1: the week with the year's first Thursday (the one holding 4 January). */
function maandagWeek1(jaar: number): number {
  const vier = utc(jaar, 1, 4);
  const weekdag = (new Date(vier).getUTCDay() + 6) % 7; // Monday 0
  return vier - weekdag * DAG_MS;
}

function wekenInJaar(jaar: number): number {
  return Math.round((maandagWeek1(jaar + 1) - maandagWeek1(jaar)) / (7 * DAG_MS));
}

const PATROON = /^(\d{4})(?:-(?:(\d{2})|K([1-4])|W(\d{2})))?$/;

/** The period a code names, or null for anything else (2026-13, 2026-W54 in a 52-week year, 2026-K5). */
export function leesPeriode(code: string): Periode | null {
  const m = PATROON.exec(code);
  if (!m) return null;
  const jaar = Number(m[1]);
  if (jaar < 2000 || jaar > 2100) return null;
  if (m[2] !== undefined) {
    const maand = Number(m[2]);
    if (maand < 1 || maand > 12) return null;
    return { soort: 'maand', code, van: iso(utc(jaar, maand, 1)), tot: iso(utc(jaar, maand + 1, 0)) };
  }
  if (m[3] !== undefined) {
    const k = Number(m[3]);
    return { soort: 'kwartaal', code, van: iso(utc(jaar, 3 * k - 2, 1)), tot: iso(utc(jaar, 3 * k + 1, 0)) };
  }
  if (m[4] !== undefined) {
    const week = Number(m[4]);
    if (week < 1 || week > wekenInJaar(jaar)) return null;
    const maandag = maandagWeek1(jaar) + (week - 1) * 7 * DAG_MS;
    return { soort: 'week', code, van: iso(maandag), tot: iso(maandag + 6 * DAG_MS) };
  }
  return { soort: 'jaar', code, van: `${jaar}-01-01`, tot: `${jaar}-12-31` };
}

/** The period of this kind that holds a day. */
export function periodeVan(soort: PeriodeSoort, datum: string): Periode {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  let code: string;
  if (soort === 'jaar') code = `${j}`;
  else if (soort === 'kwartaal') code = `${j}-K${Math.ceil(m / 3)}`;
  else if (soort === 'maand') code = `${j}-${String(m).padStart(2, '0')}`;
  else {
    const dag = utc(j, m, d);
    let weekjaar = j + 1;
    while (maandagWeek1(weekjaar) > dag) weekjaar--;
    const week = Math.floor((dag - maandagWeek1(weekjaar)) / (7 * DAG_MS)) + 1;
    code = `${weekjaar}-W${String(week).padStart(2, '0')}`;
  }
  const periode = leesPeriode(code);
  if (!periode) throw new RangeError(`geen ${soort} voor ${datum}`);
  return periode;
}

/** The day before a period starts, to step back to the previous one. */
function dagErvoor(datum: string): string {
  return iso(Date.parse(`${datum}T00:00:00Z`) - DAG_MS);
}

/** The last period of this kind that is over on the peildatum (a period ending on the peildatum counts as over). */
export function laatsteVolledige(soort: PeriodeSoort, peildatum: string): Periode {
  const huidig = periodeVan(soort, peildatum);
  return huidig.tot <= peildatum ? huidig : periodeVan(soort, dagErvoor(huidig.van));
}

/** Every period of this kind that is over on the peildatum and does not start before `eerste`, newest first. */
export function volledigePerioden(soort: PeriodeSoort, peildatum: string, eerste: string): Periode[] {
  const lijst: Periode[] = [];
  for (let p = laatsteVolledige(soort, peildatum); p.van >= eerste; p = periodeVan(soort, dagErvoor(p.van))) {
    lijst.push(p);
  }
  return lijst;
}

/** The period shown when none was chosen: the last whole quarter, recent and large enough to show most figures. */
export function standaardPeriode(peildatum: string): Periode {
  return laatsteVolledige('kwartaal', peildatum);
}

/** The months in Dutch, January first. */
export const MAANDEN: readonly string[] = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** `week 45 van 2026 (2–8 nov.)`, `oktober 2026`, `3e kwartaal 2026`, `2025`. */
export function periodeNaam(periode: Periode): string {
  const jaar = periode.code.slice(0, 4);
  if (periode.soort === 'jaar') return jaar;
  if (periode.soort === 'kwartaal') return `${periode.code.slice(-1)}e kwartaal ${jaar}`;
  if (periode.soort === 'maand') return `${MAANDEN[Number(periode.code.slice(5, 7)) - 1] ?? ''} ${jaar}`;
  const dag = (d: string) =>
    `${Number(d.slice(8, 10))} ${(MAANDEN[Number(d.slice(5, 7)) - 1] ?? '').slice(0, 3)}`;
  return `week ${Number(periode.code.slice(6))} van ${jaar} (${dag(periode.van)} – ${dag(periode.tot)})`;
}
