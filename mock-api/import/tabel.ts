/**
 * Reads an uploaded spreadsheet into header names and rows of text, whatever wrote it: CSV with `;` or `,` (sniffed
 * from the header line), UTF-8 with or without BOM, quoted fields and CRLF as Excel writes them (csv-parse), or XLSX
 * (exceljs, first worksheet). Line numbers are the spreadsheet's: the header is line 1.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export interface TabelRij {
  /** The line (CSV) or row (XLSX) number, as a spreadsheet shows it. */
  regel: number;
  /** By lower-case header name; empty cells are ''. */
  waarden: Record<string, string>;
}

export interface Tabel {
  kolommen: string[];
  rijen: TabelRij[];
}

export class TabelFout extends Error {
  override name = 'TabelFout';
}

/** XLSX is a ZIP file: it starts with `PK\x03\x04`. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** `;` (Excel in a Dutch locale) or `,`: whichever occurs more often outside quotes on the header line. */
export function scheidingsteken(tekst: string): ';' | ',' {
  let puntkomma = 0;
  let komma = 0;
  let inQuote = false;
  for (const teken of tekst) {
    if (teken === '"') inQuote = !inQuote;
    else if (!inQuote && (teken === '\n' || teken === '\r')) break;
    else if (!inQuote && teken === ';') puntkomma++;
    else if (!inQuote && teken === ',') komma++;
  }
  return puntkomma >= komma && puntkomma > 0 ? ';' : ',';
}

function kopNaam(tekst: string): string {
  return tekst.trim().toLowerCase();
}

export function leesCsv(bytes: Uint8Array): Tabel {
  let tekst: string;
  try {
    tekst = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TabelFout(
      'het bestand is geen UTF-8-tekst: sla het op als "CSV UTF-8" of als Excel-werkmap (.xlsx)',
    );
  }
  if (tekst.charCodeAt(0) === 0xfeff) tekst = tekst.slice(1);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(tekst, {
      delimiter: scheidingsteken(tekst),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (fout) {
    const melding = fout instanceof Error ? fout.message : String(fout);
    throw new TabelFout(`het CSV-bestand is niet te lezen: ${melding}`);
  }
  const [kop, ...rest] = records;
  if (!kop) throw new TabelFout('het bestand is leeg: verwacht een kopregel met de kolomnamen');
  const kolommen = kop.record.map(kopNaam);
  const rijen = rest
    .filter(({ record }) => record.some((w) => w !== ''))
    .map(({ record, info }) => ({
      regel: info.lines,
      waarden: Object.fromEntries(kolommen.map((k, i) => [k, record[i] ?? ''])),
    }));
  return { kolommen, rijen };
}

/** A cell as the text a person sees; a date cell as jjjj-mm-dd (Excel keeps dates as UTC midnight). */
function celTekst(cel: ExcelJS.Cell): string {
  const waarde = cel.value;
  if (waarde === null || waarde === undefined) return '';
  if (waarde instanceof Date) return waarde.toISOString().slice(0, 10);
  if (typeof waarde === 'number' || typeof waarde === 'boolean') return String(waarde);
  if (typeof waarde === 'object' && 'result' in waarde) {
    const uitkomst = waarde.result;
    if (uitkomst instanceof Date) return uitkomst.toISOString().slice(0, 10);
    return uitkomst === undefined || uitkomst === null ? '' : String(uitkomst as string | number);
  }
  return cel.text.trim();
}

export async function leesXlsx(bytes: Uint8Array): Promise<Tabel> {
  const werkmap = new ExcelJS.Workbook();
  try {
    await werkmap.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (fout) {
    const melding = fout instanceof Error ? fout.message : String(fout);
    throw new TabelFout(`het Excel-bestand is niet te lezen: ${melding}`);
  }
  const blad = werkmap.worksheets[0];
  if (!blad || blad.rowCount === 0)
    throw new TabelFout('de werkmap is leeg: verwacht een kopregel met de kolomnamen');
  const kopRij = blad.getRow(1);
  const kolommen: string[] = [];
  for (let i = 1; i <= kopRij.cellCount; i++) kolommen.push(kopNaam(celTekst(kopRij.getCell(i))));
  const rijen: TabelRij[] = [];
  for (let r = 2; r <= blad.rowCount; r++) {
    const rij = blad.getRow(r);
    const waarden = Object.fromEntries(kolommen.map((k, i) => [k, celTekst(rij.getCell(i + 1))]));
    if (Object.values(waarden).some((w) => w !== '')) rijen.push({ regel: r, waarden });
  }
  return { kolommen, rijen };
}

export async function leesTabel(bytes: Uint8Array): Promise<Tabel> {
  return isXlsx(bytes) ? leesXlsx(bytes) : leesCsv(bytes);
}

/** A template: the header row and example rows, as CSV (`;`, BOM, CRLF: what Excel in a Dutch locale opens as is). */
export function schrijfCsv(kolommen: readonly string[], rijen: readonly (readonly string[])[]): Uint8Array {
  const veld = (w: string) => (/[";\r\n]/.test(w) ? `"${w.replace(/"/g, '""')}"` : w);
  const tekst = [kolommen, ...rijen].map((r) => r.map(veld).join(';')).join('\r\n');
  return new TextEncoder().encode(`\ufeff${tekst}\r\n`);
}

export async function schrijfXlsx(
  kolommen: readonly string[],
  rijen: readonly (readonly string[])[],
  bladNaam: string,
): Promise<Uint8Array> {
  const werkmap = new ExcelJS.Workbook();
  const blad = werkmap.addWorksheet(bladNaam);
  blad.addRow([...kolommen]).font = { bold: true };
  for (const rij of rijen) blad.addRow([...rij]);
  blad.columns.forEach((kolom) => {
    kolom.width = 16;
  });
  return new Uint8Array(await werkmap.xlsx.writeBuffer());
}
