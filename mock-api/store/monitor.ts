/** The Monitor's imported series in the store (migration 005): one row per year or month, checked on the way in and out. */
import { z } from 'zod';
import type { MonitorReeksen, Reeks } from '../generate/monitor';
import { voegToeInBlokken } from './in-blokken';
import type { Uitvoerder } from './verbinding';

const Jaar = z.int().min(2000).max(2100);
const Aantal = z.int().nonnegative();

/** The row of each series, as stored and as the importer checks it. */
export const REEKS_RIJ = {
  uitstroom: z.strictObject({
    jaar: Jaar,
    uitstroom: Aantal,
    viaHuurzorg: Aantal,
    viaUrgentie: Aantal,
    aanbod: Aantal.nullable(),
  }),
  wachttijd: z.strictObject({
    maand: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'verwacht een maand als 2022-01'),
    maanden: z.number().nonnegative().max(120),
  }),
  woningen: z.strictObject({
    jaar: Jaar,
    doel: Aantal,
    gerealiseerd: Aantal.nullable(),
    wonenEerst: Aantal.nullable(),
  }),
  rgwBasis: z.strictObject({
    jaar: Jaar,
    meldingenOngewensteVerhuur: Aantal,
    meldingenArbeidsmigranten: Aantal,
    zakenGeopend: Aantal,
    zakenGesloten: Aantal,
  }),
} as const;

export type ReeksSleutel = keyof MonitorReeksen;

/** The series' names in the store, on the command line and in the docs. */
export const REEKS_NAAM: Readonly<Record<ReeksSleutel, string>> = {
  uitstroom: 'uitstroom',
  wachttijd: 'wachttijd',
  woningen: 'woningen',
  rgwBasis: 'rgw-basis',
};

export const REEKS_SLEUTELS = Object.keys(REEKS_NAAM) as ReeksSleutel[];

function periodeVan(rij: object): string {
  if ('maand' in rij && typeof rij.maand === 'string') return rij.maand;
  if ('jaar' in rij && typeof rij.jaar === 'number') return String(rij.jaar);
  throw new Error('een rij van een monitorreeks heeft geen jaar of maand');
}

/** Replaces one series whole (its description, date and every row), inside the caller's transaction. */
export async function schrijfReeks<K extends ReeksSleutel>(
  tx: Uitvoerder,
  sleutel: K,
  reeks: MonitorReeksen[K],
): Promise<void> {
  const naam = REEKS_NAAM[sleutel];
  await tx.query('DELETE FROM monitor_reeks WHERE reeks = $1', [naam]);
  await tx.query('INSERT INTO monitor_reeks (reeks, omschrijving, bijgewerkt) VALUES ($1, $2, $3)', [
    naam,
    reeks.herkomst.omschrijving,
    reeks.herkomst.bijgewerkt,
  ]);
  await voegToeInBlokken(
    tx,
    reeks.rijen as object[],
    'monitor_rij',
    ['reeks', 'periode', 'waarden'],
    (rij) => [naam, periodeVan(rij), JSON.stringify(rij)],
  );
}

export async function schrijfMonitor(tx: Uitvoerder, monitor: MonitorReeksen): Promise<void> {
  for (const sleutel of REEKS_SLEUTELS) await schrijfReeks(tx, sleutel, monitor[sleutel]);
}

export async function heeftMonitor(db: Uitvoerder): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM monitor_reeks');
  return (rows[0]?.n ?? 0) > 0;
}

const GEEN: Reeks<never> = {
  herkomst: { omschrijving: 'niet ingelezen', bijgewerkt: '1970-01-01' },
  rijen: [],
};

/** Every series, oldest period first; a series never imported is empty. */
export async function leesMonitor(db: Uitvoerder): Promise<MonitorReeksen> {
  const koppen = new Map(
    (
      await db.query<{ reeks: string; omschrijving: string; bijgewerkt: string }>(
        'SELECT reeks, omschrijving, bijgewerkt FROM monitor_reeks',
      )
    ).rows.map((r) => [r.reeks, r] as const),
  );
  const rijen = (
    await db.query<{ reeks: string; waarden: unknown }>(
      'SELECT reeks, waarden FROM monitor_rij ORDER BY reeks, periode',
    )
  ).rows;
  const lees = <K extends ReeksSleutel>(sleutel: K): MonitorReeksen[K] => {
    const naam = REEKS_NAAM[sleutel];
    const kop = koppen.get(naam);
    if (!kop) return GEEN as MonitorReeksen[K];
    const schema: z.ZodType = REEKS_RIJ[sleutel];
    return {
      herkomst: { omschrijving: kop.omschrijving, bijgewerkt: kop.bijgewerkt },
      rijen: rijen.filter((r) => r.reeks === naam).map((r) => schema.parse(r.waarden)),
    } as MonitorReeksen[K];
  };
  return {
    uitstroom: lees('uitstroom'),
    wachttijd: lees('wachttijd'),
    woningen: lees('woningen'),
    rgwBasis: lees('rgwBasis'),
  };
}
