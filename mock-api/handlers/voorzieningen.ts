/** Facilities for the caller's role: projected by domain/roles.ts before anything is sent, filtered on what the role may know. */
import { http, type HttpHandler } from 'msw';
import type { z } from 'zod';
import type { LonLat } from '../../src/contract/common';
import { MAX_BBOX_GRADEN, PADEN, VoorzieningenQuery } from '../../src/contract/endpoints';
import {
  VoorzieningDetailPubliek,
  VoorzieningDetailScan,
  VoorzieningDetailZorgaanbieder,
  type Voorziening,
  VoorzieningenPubliekAntwoord,
  VoorzieningenScanAntwoord,
  VoorzieningenZorgaanbiederAntwoord,
  VoorzieningId,
} from '../../src/contract/voorziening';
import type { Gebruiker } from '../../src/contract/organisatie';
import { parsePostcode } from '../../src/domain/postcode';
import { projecteerPubliek, projecteerScan, projecteerZorgaanbieder } from '../../src/domain/roles';
import type { Bbox } from '../../src/geo/typen';
import type { ApiContext, Gegevens } from '../context';
import { ApiFout, nietGevonden, ongeldigeInvoer, uittreksel } from '../http/fout';
import { leesQuery } from '../http/invoer';
import { json, jsonEenmalig, param, route } from '../http/route';

interface Filter {
  pc4: string | null;
  pc6: string | null;
  bbox: Bbox | null;
}

function leesFilter(ruw: { postcode?: string | undefined; bbox?: Bbox | undefined }): Filter {
  let pc4: string | null = null;
  let pc6: string | null = null;
  if (ruw.postcode !== undefined) {
    const uitslag = parsePostcode(ruw.postcode);
    if (!uitslag.ok) throw ongeldigeInvoer(uitslag.melding, 'postcode');
    pc4 = uitslag.pc4;
    pc6 = uitslag.pc6;
  }
  const bbox = ruw.bbox ?? null;
  if (bbox) {
    const [minLon, minLat, maxLon, maxLat] = bbox;
    if (maxLon - minLon > MAX_BBOX_GRADEN.lon || maxLat - minLat > MAX_BBOX_GRADEN.lat) {
      throw new ApiFout(
        400,
        'bbox_te_groot',
        `bbox is te groot: hooguit ${MAX_BBOX_GRADEN.lon} graad lengte bij ${MAX_BBOX_GRADEN.lat} graad breedte; zoom verder in`,
        'bbox',
      );
    }
  }
  return { pc4, pc6, bbox };
}

function inBbox(positie: LonLat, bbox: Bbox | null): boolean {
  if (!bbox) return true;
  const [lon, lat] = positie;
  return lon >= bbox[0] && lon <= bbox[2] && lat >= bbox[1] && lat <= bbox[3];
}

/**
 * Postcode filtering on what the role receives. Publiek gets PC4 areas only, so a PC6 query narrows to its
 * PC4: anything finer would let a resident pinpoint a location by trying postcodes. Confidential locations
 * carry no postcode for any role and drop out of every postcode query, so no query can locate them.
 */
function opPostcode(v: Voorziening, filter: Filter, fijn: boolean): boolean {
  if (filter.pc4 === null) return true;
  if (v.vertrouwelijk) return false;
  if (fijn && filter.pc6 !== null) return v.adres.postcode === filter.pc6;
  return v.pc4 === filter.pc4;
}

/** Kept by every role's view, then filtered on the position that role receives, never on the true address. */
function selecteer<T extends { positie: LonLat }>(
  g: Gegevens,
  woonvorm: string | undefined,
  filter: Filter,
  fijn: boolean,
  projecteer: (v: Voorziening) => T | null,
): T[] {
  const uit: T[] = [];
  for (const v of g.dataset.voorzieningen) {
    if (woonvorm !== undefined && v.woonvorm !== woonvorm) continue;
    if (!opPostcode(v, filter, fijn)) continue;
    const p = projecteer(v);
    if (p && inBbox(p.positie, filter.bbox)) uit.push(p);
  }
  return uit;
}

export function leesId(ruw: string): string {
  if (!VoorzieningId.safeParse(ruw).success) {
    throw ongeldigeInvoer(
      `id "${uittreksel(ruw)}" is ongeldig: verwacht een voorziening-id als vz-001`,
      'id',
    );
  }
  return ruw;
}

/** Who read address-level data, for the audit trail (written in batches: audit-wachtrij.ts). */
function noteerAdresLezing(ctx: ApiContext, gebruiker: Gebruiker, details: Record<string, unknown>): void {
  ctx.audit.noteer({
    wie: gebruiker.naam,
    rol: gebruiker.rol,
    organisatie: gebruiker.organisatie?.id ?? null,
    wat: 'lezen-adresniveau',
    details,
  });
}

export function maakVoorzieningenHandlers(ctx: ApiContext): HttpHandler[] {
  /**
   * Without postcode or bbox an answer depends only on the role, organisation and woonvorm (all bounded), so it is
   * projected and checked once per dataset version; a postcode or bbox query is built per request, as before.
   */
  function antwoord<S extends z.ZodType>(
    g: Gegevens,
    sleutel: string | null,
    schema: S,
    maak: () => z.input<S>,
  ): Response {
    const opties = { rolAfhankelijk: true };
    return sleutel === null ? json(schema, maak(), opties) : jsonEenmalig(g, sleutel, schema, maak, opties);
  }
  return [
    http.get(
      ctx.basis + PADEN.voorzieningen,
      route(ctx, ({ url, gebruiker, g }) => {
        const { posities } = g;
        const query = leesQuery(url, VoorzieningenQuery);
        const filter = leesFilter(query);
        const org = gebruiker.organisatie?.id ?? null;
        const sleutel =
          filter.pc4 === null && filter.bbox === null
            ? `voorzieningen:${gebruiker.rol}:${org ?? ''}:${query.woonvorm ?? ''}`
            : null;
        const rol = gebruiker.rol;
        switch (rol) {
          case 'publiek': {
            // City-wide and blind to postcode and bbox: a count per area would tell where a confidential location is.
            return antwoord(g, sleutel, VoorzieningenPubliekAntwoord, () => ({
              rol: 'publiek' as const,
              precisie: 'pc4' as const,
              voorzieningen: selecteer(g, query.woonvorm, filter, false, (v) =>
                projecteerPubliek(v, posities),
              ),
              nietGetoond: {
                vertrouwelijk: g.dataset.voorzieningen.filter(
                  (v) => v.vertrouwelijk && (query.woonvorm === undefined || v.woonvorm === query.woonvorm),
                ).length,
              },
              bron: g.bron,
            }));
          }
          case 'zorgaanbieder':
            return antwoord(g, sleutel, VoorzieningenZorgaanbiederAntwoord, () => ({
              rol: 'zorgaanbieder' as const,
              precisie: 'pc6' as const,
              voorzieningen: selecteer(g, query.woonvorm, filter, true, (v) =>
                projecteerZorgaanbieder(v, org, posities),
              ),
              bron: g.bron,
            }));
          case 'draagkrachtscan':
          case 'beheer':
            noteerAdresLezing(ctx, gebruiker, { lijst: 'voorzieningen', query: url.search });
            return antwoord(g, sleutel, VoorzieningenScanAntwoord, () => ({
              rol,
              precisie: 'adres' as const,
              voorzieningen: selecteer(g, query.woonvorm, filter, true, (v) => projecteerScan(v, posities)),
              bron: g.bron,
            }));
        }
      }),
    ),
    http.get(
      ctx.basis + PADEN.voorziening,
      route(ctx, ({ params, gebruiker, g }) => {
        const { posities } = g;
        const id = leesId(param(params, 'id'));
        const v = g.voorzieningen.get(id);
        // One message for "does not exist" and "not for you": publiek must not learn that a confidential id exists.
        const onbekend = nietGevonden(`voorziening "${id}" niet gevonden`);
        if (!v) throw onbekend;
        const org = gebruiker.organisatie?.id ?? null;
        // Only ids of the dataset get this far, so the key stays bounded.
        const sleutel = `voorziening:${gebruiker.rol}:${org ?? ''}:${v.id}`;
        const rol = gebruiker.rol;
        switch (rol) {
          case 'publiek': {
            const voorziening = projecteerPubliek(v, posities);
            if (!voorziening) throw onbekend;
            return antwoord(g, sleutel, VoorzieningDetailPubliek, () => ({
              rol: 'publiek' as const,
              voorziening,
              bron: g.bron,
            }));
          }
          case 'zorgaanbieder':
            return antwoord(g, sleutel, VoorzieningDetailZorgaanbieder, () => ({
              rol: 'zorgaanbieder' as const,
              voorziening: projecteerZorgaanbieder(v, org, posities),
              bron: g.bron,
            }));
          case 'draagkrachtscan':
          case 'beheer':
            noteerAdresLezing(ctx, gebruiker, { voorziening: v.id });
            return antwoord(g, sleutel, VoorzieningDetailScan, () => ({
              rol,
              voorziening: projecteerScan(v, posities),
              bron: g.bron,
            }));
        }
      }),
    ),
  ];
}
