/** What both imports share: the report, the errors by line and column, and how a dry run is rolled back. */
import type { ImportFout, ImportModus, ImportRapport, ImportSoort } from '../../src/contract/import';
import { schrijfAuditIn } from '../store/audit';
import { BRON_IMPORT, zetBron } from '../store/opslag';
import type { Uitvoerder, Verbinding } from '../store/verbinding';
import { leesTabel, type Tabel, TabelFout } from './tabel';

export interface Door {
  wie: string;
  rol: string;
  organisatie: string | null;
}

export interface ImportOpties {
  modus: ImportModus;
  door: Door;
  nu?: Date;
  /** Called now and then while rows are checked and written: for a progress bar. */
  voortgang?: (stap: 'controleren' | 'schrijven', gedaan: number, totaal: number) => void;
}

export function leegRapport(soort: ImportSoort, modus: ImportModus, vervang: boolean): ImportRapport {
  return {
    soort,
    modus,
    vervang,
    uitgevoerd: false,
    gelezen: 0,
    toegevoegd: 0,
    gewijzigd: 0,
    ongewijzigd: 0,
    gearchiveerd: 0,
    geweigerd: 0,
    faseWissels: 0,
    nieuweOrganisaties: [],
    fouten: [],
    duurMs: 0,
  };
}

/** Errors sorted by line, then in the order found; `geweigerd` counts the rows with at least one. */
export function metFouten(rapport: ImportRapport, fouten: readonly ImportFout[]): ImportRapport {
  const gesorteerd = fouten
    .map((f, i) => [f, i] as const)
    .sort((a, b) => a[0].regel - b[0].regel || a[1] - b[1]);
  return {
    ...rapport,
    fouten: gesorteerd.map(([f]) => f),
    geweigerd: new Set(fouten.filter((f) => f.regel > 1).map((f) => f.regel)).size,
  };
}

/** Thrown inside the transaction to roll it back while keeping the report: a dry run, or errors found while writing. */
export class Terugdraaien extends Error {
  override name = 'Terugdraaien';
  constructor(readonly rapport: ImportRapport) {
    super('teruggedraaid');
  }
}

/** The columns a file must have, may have, and anything else (a typo must not vanish silently). */
export function controleerKolommen(
  kolommen: readonly string[],
  verplicht: readonly string[],
  toegestaan: readonly string[],
): ImportFout[] {
  const fouten: ImportFout[] = [];
  for (const k of verplicht) {
    if (!kolommen.includes(k))
      fouten.push({ regel: 1, kolom: k, melding: `kolom "${k}" ontbreekt in de kopregel` });
  }
  const gezien = new Set<string>();
  for (const k of kolommen) {
    if (k === '') continue;
    if (gezien.has(k))
      fouten.push({ regel: 1, kolom: k, melding: `kolom "${k}" staat twee keer in de kopregel` });
    gezien.add(k);
    if (!verplicht.includes(k) && !toegestaan.includes(k)) {
      fouten.push({
        regel: 1,
        kolom: k,
        melding: `kolom "${k}" is onbekend: verwacht ${[...verplicht, ...toegestaan].join(', ')}`,
      });
    }
  }
  const rd = kolommen.includes('x_rd') || kolommen.includes('y_rd');
  const wgs = kolommen.includes('lat') || kolommen.includes('lon');
  if (rd && wgs) fouten.push({ regel: 1, melding: 'geef x_rd en y_rd óf lat en lon, niet beide' });
  if (rd && !(kolommen.includes('x_rd') && kolommen.includes('y_rd')))
    fouten.push({ regel: 1, melding: 'x_rd en y_rd horen samen' });
  if (wgs && !(kolommen.includes('lat') && kolommen.includes('lon')))
    fouten.push({ regel: 1, melding: 'lat en lon horen samen' });
  return fouten;
}

/** Reads the file into a table, or the report that says why it could not be read (line 0). */
export async function leesImportTabel(
  bytes: Uint8Array,
  rapport: ImportRapport,
): Promise<{ tabel: Tabel } | { geweigerd: ImportRapport }> {
  try {
    const tabel = await leesTabel(bytes);
    return { tabel };
  } catch (fout) {
    if (fout instanceof TabelFout)
      return { geweigerd: metFouten(rapport, [{ regel: 0, melding: fout.message }]) };
    throw fout;
  }
}

/**
 * The last step of every import, in one transaction: `schrijf` writes the rows and returns the report (or the errors
 * it found while writing, which roll everything back). A dry run is the same transaction rolled back, so its figures
 * are exact; a real run appends its audit row and, when it changed anything, marks the store as imported data.
 */
export async function schrijfInTransactie(
  db: Verbinding,
  opties: Pick<ImportOpties, 'modus' | 'door'>,
  nu: Date,
  schrijf: (tx: Uitvoerder) => Promise<{
    rapport: ImportRapport;
    fouten: readonly ImportFout[];
    details: Record<string, unknown>;
  }>,
): Promise<ImportRapport> {
  try {
    return await db.transactie(async (tx) => {
      const { rapport, fouten, details } = await schrijf(tx);
      if (fouten.length > 0) throw new Terugdraaien(metFouten(rapport, fouten));
      if (opties.modus === 'proef') throw new Terugdraaien(rapport);
      await schrijfAuditIn(tx, { ...opties.door, wat: 'import', details }, nu);
      if (rapport.toegevoegd + rapport.gewijzigd + rapport.gearchiveerd > 0) await zetBron(tx, BRON_IMPORT);
      return { ...rapport, uitgevoerd: true };
    });
  } catch (fout) {
    if (fout instanceof Terugdraaien) return fout.rapport;
    throw fout;
  }
}
