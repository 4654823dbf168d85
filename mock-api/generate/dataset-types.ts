/** The shape of the generated demo dataset that the mock API serves: server-side records, never sent as is. */
import type { Buurt, Pc4Gebied, Wijk } from '../../src/contract/gebied';
import type { Organisatie } from '../../src/contract/organisatie';
import type { Casustafel, IntegraleActie, RgwZaak, Stopgesprek } from '../../src/contract/rgw';
import type { Voorziening } from '../../src/contract/voorziening';
import type { MonitorReeksen } from './monitor';

export interface IndividueleWoningenTelling {
  /** Zelfstandig wonen met huur-/zorgovereenkomst. */
  zelfstandigMetHuurzorg: number;
  /** Housing First (Wonen eerst) homes. */
  wonenEerst: number;
}

export interface RgwDataset {
  zaken: RgwZaak[];
  integraleActies: IntegraleActie[];
  stopgesprekken: Stopgesprek[];
  casustafels: Casustafel[];
}

export interface DemoDataset {
  seed: number;
  /** "Today" of the demo data (ISO date); fixed so that the data is the same on every machine and every day. */
  peildatum: string;
  /** The 23 Wmo care providers that signed the covenant. */
  zorgaanbieders: Organisatie[];
  /** The municipality, the organisation of draagkrachtscan users. */
  gemeente: Organisatie;
  /** The 78 locations of contracted Wmo providers. */
  voorzieningen: Voorziening[];
  buurten: Buurt[];
  wijken: Wijk[];
  pc4: Pc4Gebied[];
  /** Per buurt code; buurten without homes are absent. Counts only, never addresses. */
  individueleWoningen: Map<string, IndividueleWoningenTelling>;
  rgw: RgwDataset;
  /** The Monitor's series that no register holds (generate/monitor.ts). */
  monitor: MonitorReeksen;
}

export interface DatasetOpties {
  seed?: number;
  peildatum?: string;
  /**
   * RGW cases: undefined = the programme's five focus areas only (the figures of the Uitvoeringsplan);
   * a number = that many cases spread over the whole city, for benchmarks (10_000, 100_000, 1_000_000).
   */
  rgwAantalStad?: number;
}

export const STANDAARD_SEED = 20230414; // the day the covenant was signed
export const STANDAARD_PEILDATUM = '2026-11-20';
