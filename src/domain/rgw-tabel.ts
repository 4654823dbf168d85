/** The rows of the RGW table twin: one per H3 cell, buurt or focus area of a density answer, with its selection key, class and a sort value that keeps suppressed counts apart from zero. */
import type { Telling } from '../contract/common';
import type { FocusgebiedCode } from '../contract/gebied';
import { klasseVan, type Klasse, type Klassen } from './rgw-klassen';

/** Selection keys of the density layer: the prefix says what kind of area, the rest is its code. */
export const RGW_SELECTIE = { h3: 'rgw-h3:', buurt: 'rgw-buurt:', focusgebied: 'rgw-focus:' } as const;
export type RgwGebiedSoort = keyof typeof RGW_SELECTIE;

/** A suppressed count: 0 to 4 cases, empty cells included, so it never says whether there were any. */
export const MINDER_DAN_5 = 'minder dan 5';

export interface RgwRij {
  readonly sleutel: string;
  readonly soort: RgwGebiedSoort;
  /** The H3 index, CBS buurt code or focus-area code. */
  readonly code: string;
  /** What a person calls it: the focus area or buurt name; for a cell, the buurt its centre lies in. */
  readonly naam: string;
  readonly telling: Telling;
  readonly klasse: Klasse;
}

export function rgwSleutel(soort: RgwGebiedSoort, code: string): string {
  return `${RGW_SELECTIE[soort]}${code}`;
}

/** The kind and code of an RGW selection key; null for any other key (a facility, say). */
export function leesRgwSleutel(sleutel: string | null): { soort: RgwGebiedSoort; code: string } | null {
  if (sleutel === null) return null;
  for (const soort of Object.keys(RGW_SELECTIE) as RgwGebiedSoort[]) {
    const prefix = RGW_SELECTIE[soort];
    if (sleutel.startsWith(prefix)) return { soort, code: sleutel.slice(prefix.length) };
  }
  return null;
}

export function rijenVoorCellen(
  cellen: readonly ({ h3: string } & Telling)[],
  klassen: Klassen,
  buurtVanCel: (h3: string) => string | null,
): RgwRij[] {
  return cellen.map((cel) => {
    const telling: Telling = cel.onderdrukt
      ? { onderdrukt: true }
      : { onderdrukt: false, aantal: cel.aantal };
    const buurt = buurtVanCel(cel.h3);
    return {
      sleutel: rgwSleutel('h3', cel.h3),
      soort: 'h3',
      code: cel.h3,
      naam: buurt === null ? `Cel ${cel.h3}` : `Cel in ${buurt}`,
      telling,
      klasse: klasseVan(telling, klassen),
    };
  });
}

export function rijenVoorBuurten(
  buurten: readonly { buurt: string; telling: Telling }[],
  klassen: Klassen,
  naamVanBuurt: (code: string) => string,
): RgwRij[] {
  return buurten.map(({ buurt, telling }) => ({
    sleutel: rgwSleutel('buurt', buurt),
    soort: 'buurt',
    code: buurt,
    naam: naamVanBuurt(buurt),
    telling,
    klasse: klasseVan(telling, klassen),
  }));
}

export function rijenVoorFocusgebieden(
  focusgebieden: readonly { code: FocusgebiedCode; naam: string; telling: Telling }[],
  klassen: Klassen,
): RgwRij[] {
  return focusgebieden.map(({ code, naam, telling }) => ({
    sleutel: rgwSleutel('focusgebied', code),
    soort: 'focusgebied',
    code,
    naam,
    telling,
    klasse: klasseVan(telling, klassen),
  }));
}

/** Sorts by count: a suppressed count lies somewhere from 0 to minimum - 1, so it sorts under every shown count. */
export function sorteerWaarde(telling: Telling, minimum: number): number {
  return telling.onderdrukt ? minimum - 0.5 : telling.aantal;
}

/** The count as the table and tooltips say it. */
export function tellingTekst(telling: Telling): string {
  return telling.onderdrukt ? MINDER_DAN_5 : telling.aantal.toLocaleString('nl-NL');
}
