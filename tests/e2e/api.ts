// Direct calls to the API behind the preview server, for the facts a test checks the page against
// (the PC4 centroids, the address data only the scan role receives). Every answer is parsed with the contract.
import type { z } from 'zod';
import { PADEN } from '../../src/contract/endpoints';
import { Pc4Antwoord } from '../../src/contract/gebied';
import {
  DemoLoginAntwoord,
  OrganisatiesAntwoord,
  type DemoLoginVerzoek,
} from '../../src/contract/organisatie';
import { VoorzieningenScanAntwoord } from '../../src/contract/voorziening';
import { basisUrl } from './browser';

async function haal<S extends z.ZodType>(
  pad: string,
  schema: S,
  init: RequestInit = {},
): Promise<z.output<S>> {
  const url = `${basisUrl()}${pad}`;
  const antwoord = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  const tekst = await antwoord.text();
  if (!antwoord.ok)
    throw new Error(`${init.method ?? 'GET'} ${pad} gaf ${antwoord.status}: ${tekst.slice(0, 300)}`);
  return schema.parse(JSON.parse(tekst));
}

export async function logIn(verzoek: DemoLoginVerzoek): Promise<string> {
  const antwoord = await haal(PADEN.login, DemoLoginAntwoord, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(verzoek),
  });
  return antwoord.token;
}

/** PC4 code → its centroid, as the API publishes it. */
export async function pc4Centroiden(): Promise<Map<string, readonly [number, number]>> {
  const antwoord = await haal('/api/gebieden/pc4', Pc4Antwoord);
  return new Map(antwoord.gebieden.map((g) => [g.code, g.centroid] as const));
}

/** Every facility as the draagkrachtscan role sees it: the only role that receives addresses. */
export async function scanVoorzieningen(): Promise<
  z.output<typeof VoorzieningenScanAntwoord>['voorzieningen']
> {
  const token = await logIn({ rol: 'draagkrachtscan' });
  const antwoord = await haal(PADEN.voorzieningen, VoorzieningenScanAntwoord, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return antwoord.voorzieningen;
}

export async function organisaties(): Promise<z.output<typeof OrganisatiesAntwoord>['organisaties']> {
  return (await haal(PADEN.organisaties, OrganisatiesAntwoord)).organisaties;
}
