/** The beheer import endpoints: a file up (dry run or for real) and the template down. Every answer parsed with its schema. */
import { FoutAntwoord } from '../contract/common';
import { PADEN } from '../contract/endpoints';
import { ImportRapport, type ImportModus } from '../contract/import';
import { ApiFout } from './client';

async function fout(antwoord: Response): Promise<ApiFout> {
  const body: unknown = await antwoord.json().catch(() => undefined);
  const f = FoutAntwoord.safeParse(body);
  if (f.success) return new ApiFout({ status: antwoord.status, ...f.data.error });
  return new ApiFout({
    code: antwoord.status >= 500 ? 'serverfout' : 'ongeldig_antwoord',
    status: antwoord.status,
    message: `De server gaf een onverwacht antwoord (status ${antwoord.status}).`,
  });
}

async function haal(pad: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(new URL(pad, globalThis.location?.origin ?? 'http://localhost'), init);
  } catch (oorzaak) {
    throw new ApiFout({
      code: 'netwerkfout',
      status: 0,
      message: 'Geen verbinding met de server.',
      cause: oorzaak,
    });
  }
}

export async function importeerVoorzieningen(
  bestand: Blob,
  opties: { modus: ImportModus; vervang: boolean; token: string },
): Promise<ImportRapport> {
  const query = new URLSearchParams({ modus: opties.modus, ...(opties.vervang ? { vervang: '1' } : {}) });
  const antwoord = await haal(`${PADEN.importVoorzieningen}?${query.toString()}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${opties.token}`,
      'Content-Type': bestand.type || 'application/octet-stream',
    },
    // As bytes: every fetch (the browser's, undici under jsdom) sends an ArrayBuffer as it is.
    body: await bestand.arrayBuffer(),
  });
  if (!antwoord.ok) throw await fout(antwoord);
  const uitslag = ImportRapport.safeParse(await antwoord.json());
  if (!uitslag.success) {
    throw new ApiFout({
      code: 'ongeldig_antwoord',
      status: antwoord.status,
      message: 'Het importrapport voldoet niet aan het contract.',
    });
  }
  return uitslag.data;
}

export async function haalSjabloon(soort: 'csv' | 'xlsx', token: string): Promise<Blob> {
  const antwoord = await haal(soort === 'csv' ? PADEN.importSjabloonCsv : PADEN.importSjabloonXlsx, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!antwoord.ok) throw await fout(antwoord);
  return antwoord.blob();
}
