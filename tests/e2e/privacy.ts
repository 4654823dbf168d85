// Checks on what crossed the wire: postcodes and fields a role may not receive, positions finer than allowed,
// and demo address data or mock-API code inside the JavaScript the browser downloaded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LonLat } from '../../src/contract/common';

/** A PC6 postcode as it may appear in any text: `3084NP` or `3084 NP`. */
export const PC6_PATROON = /\b[1-9][0-9]{3}\s?[A-Z]{2}\b/g;

export function pc6Treffers(tekst: string): string[] {
  return [...tekst.matchAll(PC6_PATROON)].map((m) => m[0]);
}

/** JSON keys from `sleutels` that occur in the body text, e.g. `"adres"`. */
export function verbodenSleutels(tekst: string, sleutels: readonly string[]): string[] {
  return sleutels.filter((s) => tekst.includes(`"${s}"`));
}

export interface GevondenPositie {
  /** Where in the body, e.g. `voorzieningen[3].positie`. */
  pad: string;
  positie: unknown;
  /** The `pc4` of the same object, if it has one. */
  pc4: unknown;
}

/** Every `positie` anywhere in a JSON value, with the pc4 of the object that holds it. */
export function posities(waarde: unknown, pad = ''): GevondenPositie[] {
  if (Array.isArray(waarde)) return waarde.flatMap((w, i) => posities(w, `${pad}[${i}]`));
  if (typeof waarde !== 'object' || waarde === null) return [];
  const object = waarde as Record<string, unknown>;
  const hier: GevondenPositie[] =
    'positie' in object
      ? [{ pad: `${pad}.positie`.replace(/^\./, ''), positie: object.positie, pc4: object.pc4 }]
      : [];
  return [
    ...hier,
    ...Object.entries(object).flatMap(([sleutel, w]) =>
      sleutel === 'positie' ? [] : posities(w, `${pad}.${sleutel}`),
    ),
  ];
}

export function zelfdePositie(a: unknown, b: Readonly<LonLat>): boolean {
  return Array.isArray(a) && a.length === 2 && a[0] === b[0] && a[1] === b[1];
}

/** The text around a hit, for a failure message that shows where it was found. */
export function omgeving(tekst: string, treffer: string, breedte = 60): string {
  const i = tekst.indexOf(treffer);
  if (i < 0) return '';
  return tekst.slice(Math.max(0, i - breedte), i + treffer.length + breedte).replace(/\s+/g, ' ');
}

/**
 * Strings that only mock-API or MSW code contains: the MSW log prefix, the worker script's name, header and the
 * messages between worker and page, the service-worker token secret, and a message of the sign-in handler.
 */
export const MOCK_API_MERKTEKENS = [
  '[MSW]',
  'mockServiceWorker',
  'Mock Service Worker',
  'MOCK_ACTIVATE',
  'INTEGRITY_CHECK_REQUEST',
  'hkd-kaart-demo-service-worker-geheim',
  'publiek heeft geen aanmelding nodig',
] as const;

export interface BuildBestand {
  naam: string;
  tekst: string;
}

/** Every JavaScript file of a build, and the source lists of its source maps. */
export function buildBestanden(map: string): { js: BuildBestand[]; bronnen: string[] } {
  const js: BuildBestand[] = [];
  const bronnen: string[] = [];
  const loop = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const pad = join(dir, item.name);
      if (item.isDirectory()) loop(pad);
      else if (/\.m?js$/.test(item.name))
        js.push({ naam: pad.slice(map.length + 1), tekst: readFileSync(pad, 'utf8') });
      else if (item.name.endsWith('.map')) {
        const kaart = JSON.parse(readFileSync(pad, 'utf8')) as { sources?: unknown };
        if (Array.isArray(kaart.sources))
          bronnen.push(...kaart.sources.filter((s): s is string => typeof s === 'string'));
      }
    }
  };
  loop(map);
  return { js, bronnen };
}
