/**
 * Texts residents read are written at taalniveau B1, as Dutch government texts for the public should be: short
 * sentences, one thought each, no jargon. A test cannot judge a text, but it can hold its shape.
 */
import { describe, expect, it } from 'vitest';
import { FASE_BETEKENIS } from './escalatie';
import { WOONVORM_UITLEG } from './woonvorm';

const TEKSTEN = [...Object.values(FASE_BETEKENIS), ...Object.values(WOONVORM_UITLEG)];
/** Words a resident should not need: professional terms that have a plain word. */
const JARGON =
  /\b(RD|centroïde|ambulante?|problematiek|meervoudige|zelfredzame?|monitoren|gemonitord|Housing First)\b/i;

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
