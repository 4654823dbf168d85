/** The RGW programme figures of one focus area (or all five) beside the average per focus area and the targets of the Uitvoeringsplan, pro rata for a year not yet over. */
import type { FocusgebiedCode } from '../contract/gebied';
import type { AfgerondeTelling, KerncijfersAntwoord } from '../contract/rgw';
import { FOCUSGEBIEDEN } from './focusgebieden';

type Cijfers = KerncijfersAntwoord['totaal'];
export type KerncijferVeld = keyof Cijfers;

export const KERNCIJFER_LABEL: Readonly<Record<KerncijferVeld, string>> = {
  nieuweZaken: 'Nieuwe zaken',
  afgeslotenZaken: 'Afgesloten zaken',
  integraleActies: 'Integrale acties',
  casustafels: 'Casustafels',
  stopgesprekken: 'Stopgesprekken',
};

export const KERNCIJFER_VELDEN: readonly KerncijferVeld[] = [
  'nieuweZaken',
  'afgeslotenZaken',
  'integraleActies',
  'casustafels',
  'stopgesprekken',
];

export interface KerncijferRij {
  readonly veld: KerncijferVeld;
  readonly label: string;
  /** The focus area's figure, or the five together; null: a case count released as "minder dan 5". */
  readonly waarde: number | null;
  /** The five together divided by five: what a focus area does on average; null as `waarde`. */
  readonly gemiddelde: number | null;
  /** The target for a whole year: the programme's for the five together; for one area only its case tables. */
  readonly doelJaar: number | null;
  /** The target for the part of the year counted, so a year in progress is compared fairly. */
  readonly doelTotNu: number | null;
}

export interface KerncijferTabel {
  /** "Tarwewijk" or "Vijf focusgebieden samen". */
  readonly titel: string;
  readonly jaar: number;
  /** The last day counted. */
  readonly tot: string;
  /** Share of the year counted, 0-1: 1 for a year that is over. */
  readonly deelVanJaar: number;
  readonly rijen: readonly KerncijferRij[];
}

/** Targets per year for the five together; the case table is every two weeks in each neighbourhood. */
function doelenSamen(doelen: KerncijfersAntwoord['doelen']): Readonly<Record<KerncijferVeld, number | null>> {
  return {
    nieuweZaken: doelen.nieuweZaken,
    afgeslotenZaken: null,
    integraleActies: doelen.integraleActies,
    casustafels: doelen.casustafelsPerFocusgebied * FOCUSGEBIEDEN.length,
    stopgesprekken: doelen.stopgesprekken,
  };
}

function dagNummer(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

/** From 1 January up to and including `tot`, as a share of the year. */
export function deelVanJaar(jaar: number, tot: string): number {
  const begin = dagNummer(`${jaar}-01-01`);
  const dagen = dagNummer(`${jaar + 1}-01-01`) - begin;
  return Math.min(1, Math.max(0, (dagNummer(tot) - begin + 1) / dagen));
}

/** Case counts arrive rounded or suppressed (celsleutel.ts); the programme's actions as plain numbers. */
function getal(waarde: number | AfgerondeTelling): number | null {
  if (typeof waarde === 'number') return waarde;
  return waarde.onderdrukt ? null : waarde.aantal;
}

function deel5(waarde: number | null, aantal: number): number | null {
  return waarde === null ? null : waarde / aantal;
}

export function kerncijferTabel(
  antwoord: KerncijfersAntwoord,
  focus: FocusgebiedCode | null,
): KerncijferTabel {
  const gebied = focus === null ? null : antwoord.focusgebieden.find((f) => f.code === focus);
  const aantal = Math.max(1, antwoord.focusgebieden.length);
  const deel = deelVanJaar(antwoord.jaar, antwoord.tot);
  const doelen = doelenSamen(antwoord.doelen);
  const rijen = KERNCIJFER_VELDEN.map((veld): KerncijferRij => {
    // The plan's targets are for the programme as a whole, not split over the areas (an area with two buurten, or
    // a busy one, would look far off "its fifth"): one area has a target only for its case table, every two weeks.
    const doelJaar = gebied
      ? veld === 'casustafels'
        ? antwoord.doelen.casustafelsPerFocusgebied
        : null
      : doelen[veld];
    return {
      veld,
      label: KERNCIJFER_LABEL[veld],
      waarde: getal(gebied ? gebied.cijfers[veld] : antwoord.totaal[veld]),
      gemiddelde: deel5(getal(antwoord.totaal[veld]), aantal),
      doelJaar,
      doelTotNu: doelJaar === null ? null : doelJaar * deel,
    };
  });
  return {
    titel: gebied ? gebied.naam : 'Vijf focusgebieden samen',
    jaar: antwoord.jaar,
    tot: antwoord.tot,
    deelVanJaar: deel,
    rijen,
  };
}

/** Whole numbers as they are, fractions with (at most) one decimal and a comma: "2,4", "1.250". */
export function toonGetal(n: number, decimalen = 1): string {
  const factor = 10 ** decimalen;
  return (Math.round(n * factor) / factor).toLocaleString('nl-NL', { maximumFractionDigits: decimalen });
}
