/**
 * The API's data read from the store, kept per version: every call reads the version counters (migration 002, one
 * small query) and reloads only the parts that moved, so a write by any process (this server, another API process on
 * the same PostgreSQL database, an import) is served at once, and an unchanged RGW register of 1M cases is not read
 * again (nor its density index rebuilt) because a location changed phase.
 */
import { type Gegevens, maakGegevens } from '../context';
import type { DemoDataset } from '../generate/dataset-types';
import {
  type Inventaris,
  leesIndividueleWoningen,
  leesInventaris,
  leesRgw,
  leesVersies,
  type Onderdeel,
  type Versies,
} from './opslag';
import type { Uitvoerder } from './verbinding';

interface Deel<T> {
  versie: number;
  waarde: Promise<T>;
}

export interface OpslagLezer {
  (): Promise<Gegevens>;
  /** How often each part was read from the database (tests, benchmarks). */
  readonly geladen: Readonly<Record<Onderdeel, number>>;
}

export function gegevensUitOpslag(
  db: Uitvoerder,
  gebieden: Pick<DemoDataset, 'buurten' | 'wijken' | 'pc4'>,
): OpslagLezer {
  const geladen: Record<Onderdeel, number> = { inventaris: 0, rgw: 0, woningen: 0 };
  let inventaris: Deel<Inventaris> | null = null;
  let rgw: Deel<DemoDataset['rgw']> | null = null;
  let woningen: Deel<DemoDataset['individueleWoningen']> | null = null;
  let laatste: { sleutel: string; gegevens: Gegevens } | null = null;

  function deel<T>(huidig: Deel<T> | null, versie: number, naam: Onderdeel, lees: () => Promise<T>): Deel<T> {
    if (huidig && huidig.versie === versie) return huidig;
    geladen[naam] += 1;
    const waarde = lees();
    // A failed read is not kept: the next request tries again.
    const nieuw: Deel<T> = { versie, waarde };
    waarde.catch(() => {
      if (naam === 'inventaris' && inventaris === (nieuw as unknown)) inventaris = null;
      if (naam === 'rgw' && rgw === (nieuw as unknown)) rgw = null;
      if (naam === 'woningen' && woningen === (nieuw as unknown)) woningen = null;
    });
    return nieuw;
  }

  const lezer = async (): Promise<Gegevens> => {
    // Read before the data: a write in between makes the data newer than its label, which costs one extra reload
    // on the next request, never a stale answer.
    const v: Versies = await leesVersies(db);
    const sleutel = `${v.inventaris}.${v.rgw}.${v.woningen}`;
    if (laatste?.sleutel === sleutel) return laatste.gegevens;
    inventaris = deel(inventaris, v.inventaris, 'inventaris', () => leesInventaris(db));
    rgw = deel(rgw, v.rgw, 'rgw', () => leesRgw(db));
    woningen = deel(woningen, v.woningen, 'woningen', () => leesIndividueleWoningen(db));
    const [inv, r, w] = await Promise.all([inventaris.waarde, rgw.waarde, woningen.waarde]);
    if (laatste?.sleutel === sleutel) return laatste.gegevens;
    const { bron, ...rest } = inv;
    const dataset: DemoDataset = {
      ...rest,
      buurten: gebieden.buurten,
      wijken: gebieden.wijken,
      pc4: gebieden.pc4,
      individueleWoningen: w,
      rgw: r,
    };
    const gegevens = maakGegevens(dataset, `opslag:${sleutel}`, bron);
    // Only move forward: a slow reload of an older version must not replace a newer one.
    if (!laatste || nieuwer(sleutel, laatste.sleutel)) laatste = { sleutel, gegevens };
    return gegevens;
  };
  return Object.assign(lezer, { geladen });
}

function nieuwer(a: string, b: string): boolean {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  return x.every((n, i) => n >= (y[i] ?? 0));
}
