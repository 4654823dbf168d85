/**
 * Texts residents read are written at taalniveau B1, as Dutch government texts for the public should be: short
 * sentences, one thought each, no jargon. A test cannot judge a text, but it can hold its shape.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FASE_BETEKENIS } from './escalatie';
import {
  doelTotNu,
  GRENZEN_BIJ_BENADERING,
  FILTERS_TEKST,
  KAARTLAGEN,
  laagUit,
  LEGENDA,
  MELDINGEN,
  RGW,
} from './publiek-teksten';
import { MONITOR } from './monitor-teksten';
import { WOONVORM_UITLEG } from './woonvorm';

const TEKSTEN = [
  ...Object.values(FASE_BETEKENIS),
  ...Object.values(WOONVORM_UITLEG),
  ...Object.values(LEGENDA),
  ...Object.values(KAARTLAGEN),
  ...Object.values(FILTERS_TEKST),
  GRENZEN_BIJ_BENADERING,
  ...Object.values(RGW),
  doelTotNu(87),
  laagUit(RGW.laag),
  ...Object.values(MELDINGEN),
  ...Object.values(MONITOR),
];
/** Words a resident should not need: professional terms that have a plain word. */
const JARGON =
  /\b(RD|centroïden?|concentratiemaat|H3|PC4|PC6|API|token|ambulante?|problematiek|meervoudige|zelfredzame?|monitoren|gemonitord|Housing First|naar rato|tooltip|RGW|dichtheid)\b/i;

function zinnen(tekst: string): string[] {
  return tekst.split(/(?<=[.!?])\s+/).filter(Boolean);
}

describe('teksten voor bewoners (B1)', () => {
  it.each(TEKSTEN)('"%s" heeft korte zinnen, zonder puntkomma en zonder vakjargon', (tekst) => {
    for (const zin of zinnen(tekst)) expect(zin.split(/\s+/).length).toBeLessThanOrEqual(16);
    expect(tekst).not.toContain(';');
    expect(tekst).not.toMatch(JARGON);
  });
});

/** Every source file of the app, tests excluded. */
function bronbestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return bronbestanden(pad);
    return /\.tsx?$/.test(naam) && !/\.test\.tsx?$/.test(naam) ? [pad] : [];
  });
}

describe('de fouten uit de review (issue 15) komen niet terug', () => {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const bestanden = bronbestanden(src).map((pad) => ({ pad, tekst: readFileSync(pad, 'utf8') }));
  it.each([
    { fout: 'clienten (zonder trema)', patroon: /\bclienten\b/i },
    { fout: 'deadlines (termijnen)', patroon: /\bdeadlines\b/i },
    { fout: 'Bovenop (Boven op)', patroon: /\bBovenop\b/ },
    { fout: 'met geen beheercommissie (zonder)', patroon: /met geen beheercommissie/i },
    { fout: 'met meldingenregister niet bijgehouden', patroon: /met meldingenregister niet bijgehouden/i },
    // In Dutch UI text ("de tooltip toont"), not the English comments or the identifiers.
    { fout: 'tooltip in UI-tekst', patroon: /\b(de|het) tooltip\b/i },
    { fout: 'Dekking in UI-tekst (Spreiding)', patroon: /['"`>]\s*Dekking\b/ },
    { fout: '"Postcode" als kop boven PC4', patroon: /kop: 'Postcode',\s*waarde: \(\w+\) => \w+\.pc4\b/ },
  ])('$fout', ({ patroon }) => {
    expect(bestanden.filter((b) => patroon.test(b.tekst)).map((b) => b.pad)).toEqual([]);
  });
});
