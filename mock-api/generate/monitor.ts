/**
 * The Monitor's series that no register holds (outflow from beschermd wonen, the wait for direct placement, the stock
 * of homes with a huur-/zorgovereenkomst and Wonen eerst, the RGW baseline of 2024): demo values that agree with the
 * source documents (DOMAIN.md), replaced by the municipality's own with `npm run data:import -- monitor-<reeks>`.
 */
import { wonenEerstOp, ZELFSTANDIG_MET_HUURZORG } from './individuele-woningen';

export interface ReeksHerkomst {
  omschrijving: string;
  /** ISO date the series was last brought up to date. */
  bijgewerkt: string;
}

export interface UitstroomRij {
  jaar: number;
  uitstroom: number;
  viaHuurzorg: number;
  viaUrgentie: number;
  aanbod: number | null;
}
export interface WachttijdRij {
  maand: string;
  maanden: number;
}
export interface WoningenRij {
  jaar: number;
  doel: number;
  gerealiseerd: number | null;
  wonenEerst: number | null;
}
export interface RgwBasisRij {
  jaar: number;
  meldingenOngewensteVerhuur: number;
  meldingenArbeidsmigranten: number;
  zakenGeopend: number;
  zakenGesloten: number;
}

export interface Reeks<R> {
  herkomst: ReeksHerkomst;
  rijen: R[];
}

export interface MonitorReeksen {
  uitstroom: Reeks<UitstroomRij>;
  wachttijd: Reeks<WachttijdRij>;
  woningen: Reeks<WoningenRij>;
  rgwBasis: Reeks<RgwBasisRij>;
}

/** DOMAIN.md: at most 25% of vacated corporation homes for outflow; a wait of at most 3 months; 50 Wonen eerst homes a year. */
export const IJKPUNT = 0.25;
export const WACHTNORM_MAANDEN = 3;
export const WONEN_EERST_AFSPRAAK = 50;
/** Zelfstandig wonen met huur-/zorgovereenkomst: 900 homes (2023), 1,235 in 2030. */
export const HUURZORG_DOEL_2030 = 1235;
export const HUURZORG_BEGINJAAR = 2023;

/** About 1,100–1,200 a year; 56% / 44% in 2022; from 2024 no regular urgencies, all direct placement. */
const UITSTROOM: readonly UitstroomRij[] = [
  { jaar: 2021, uitstroom: 1120, viaHuurzorg: 605, viaUrgentie: 515, aanbod: 5100 },
  { jaar: 2022, uitstroom: 1160, viaHuurzorg: 650, viaUrgentie: 510, aanbod: 5000 },
  { jaar: 2023, uitstroom: 1190, viaHuurzorg: 738, viaUrgentie: 452, aanbod: 4900 },
  { jaar: 2024, uitstroom: 1140, viaHuurzorg: 1140, viaUrgentie: 0, aanbod: 4850 },
  { jaar: 2025, uitstroom: 1170, viaHuurzorg: 1170, viaUrgentie: 0, aanbod: 4800 },
];

const rond1 = (x: number) => Math.round(x * 10) / 10;

/** 3.6 months in January 2022 rising to 4.4 in December 2022 (the monitor 2022), then slowly back towards the norm. */
function wachttijd(peildatum: string): WachttijdRij[] {
  const rijen: WachttijdRij[] = [];
  const laatsteMaand = peildatum.slice(0, 7);
  for (let i = 0; ; i++) {
    const jaar = 2022 + Math.floor(i / 12);
    const maand = `${jaar}-${String((i % 12) + 1).padStart(2, '0')}`;
    // Only months that are over.
    if (maand >= laatsteMaand) break;
    const waarde =
      i < 12
        ? 3.6 + (0.8 * i) / 11
        : // From 4.4 down by about 0.03 a month, never under 3.2: still above the norm.
          Math.max(3.2, 4.4 - 0.03 * (i - 11));
    rijen.push({ maand, maanden: rond1(waarde) });
  }
  return rijen;
}

/** The plan from 900 to 1,235 homes in 2030 in even steps; the stock reached is the 900 of the individual homes. */
function woningen(peildatum: string): WoningenRij[] {
  const peiljaar = Number(peildatum.slice(0, 4));
  const rijen: WoningenRij[] = [];
  for (let jaar = HUURZORG_BEGINJAAR; jaar <= 2030; jaar++) {
    const doel = Math.round(
      ZELFSTANDIG_MET_HUURZORG +
        ((HUURZORG_DOEL_2030 - ZELFSTANDIG_MET_HUURZORG) * (jaar - HUURZORG_BEGINJAAR)) /
          (2030 - HUURZORG_BEGINJAAR),
    );
    const voorbij = jaar <= peiljaar;
    const eind = jaar < peiljaar ? `${jaar}-12-31` : peildatum;
    const wonenEerst = voorbij ? wonenEerstOp(eind) - wonenEerstOp(`${jaar - 1}-12-31`) : null;
    rijen.push({ jaar, doel, gerealiseerd: voorbij ? ZELFSTANDIG_MET_HUURZORG : null, wonenEerst });
  }
  return rijen;
}

export function maakMonitorReeksen(peildatum: string): MonitorReeksen {
  const herkomst = (omschrijving: string): ReeksHerkomst => ({ omschrijving, bijgewerkt: peildatum });
  return {
    uitstroom: {
      herkomst: herkomst('HKD uitstroommonitor (demodata naar de cijfers van 2022)'),
      rijen: UITSTROOM.map((r) => ({ ...r })),
    },
    wachttijd: {
      herkomst: herkomst('HKD uitstroommonitor, wachttijd directe bemiddeling (demodata)'),
      rijen: wachttijd(peildatum),
    },
    woningen: {
      herkomst: herkomst('Convenant HKD: woningen met huur-/zorgovereenkomst en Wonen eerst (demodata)'),
      rijen: woningen(peildatum),
    },
    rgwBasis: {
      herkomst: herkomst('Uitvoeringsplan Rotterdams Goed Wonen 2025: cijfers 2024 van de voorgangers'),
      rijen: [
        {
          jaar: 2024,
          meldingenOngewensteVerhuur: 383,
          meldingenArbeidsmigranten: 352,
          zakenGeopend: 1028,
          zakenGesloten: 998,
        },
      ],
    },
  };
}
