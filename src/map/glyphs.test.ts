/** The committed glyph file (scripts/glyphs.mjs): a well-formed glyph PBF for the style's stack, with every character the map writes. */
import Pbf from 'pbf';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KAART_LABELS } from '../geo/kaartlabels';
import { LETTER_STAPEL } from '../stijl/lettertypen';

interface Glyph {
  id: number;
  bitmap: Uint8Array | null;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** The glyphs.proto reader, as maplibre's parseGlyphPbf reads it. */
function lees(bytes: Uint8Array): { naam: string; bereik: string; glyphs: Glyph[] }[] {
  const stapels: { naam: string; bereik: string; glyphs: Glyph[] }[] = [];
  new Pbf(bytes).readFields((tag, _, pbf) => {
    if (tag !== 1) return;
    const stapel = { naam: '', bereik: '', glyphs: [] as Glyph[] };
    pbf.readMessage((t, s, p) => {
      if (t === 1) s.naam = p.readString();
      else if (t === 2) s.bereik = p.readString();
      else if (t === 3) {
        const g: Glyph = { id: 0, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance: 0 };
        p.readMessage((u, gl, q) => {
          if (u === 1) gl.id = q.readVarint();
          else if (u === 2) gl.bitmap = q.readBytes();
          else if (u === 3) gl.width = q.readVarint();
          else if (u === 4) gl.height = q.readVarint();
          else if (u === 5) gl.left = q.readSVarint();
          else if (u === 6) gl.top = q.readSVarint();
          else if (u === 7) gl.advance = q.readVarint();
        }, g);
        s.glyphs.push(g);
      }
    }, stapel);
    stapels.push(stapel);
  }, null);
  return stapels;
}

const BESTAND = new URL(`../../public/fonts/${LETTER_STAPEL}/0-255.pbf`, import.meta.url);

describe('glyph file', () => {
  const stapels = lees(readFileSync(BESTAND));
  const [stapel] = stapels;
  const perTeken = new Map((stapel?.glyphs ?? []).map((g) => [g.id, g]));

  it('holds one stack, named as in the style, for range 0-255', () => {
    expect(stapels).toHaveLength(1);
    expect(stapel?.naam).toBe(LETTER_STAPEL);
    expect(stapel?.bereik).toBe('0-255');
  });

  it('has every character of the names, the counts and the card texts', () => {
    const teksten = [...KAART_LABELS.map((l) => l.naam), '0123456789', 'zaak zaken te weinig om te tonen'];
    const ontbreekt = [...new Set(teksten.join(''))].filter((t) => !perTeken.has(t.codePointAt(0) ?? -1));
    expect(ontbreekt).toEqual([]);
  });

  it('gives each drawn glyph a bitmap of its size plus the 3-pixel border maplibre expects', () => {
    for (const g of perTeken.values()) {
      if (g.width === 0) continue;
      expect(g.bitmap?.length, String.fromCharCode(g.id)).toBe((g.width + 6) * (g.height + 6));
    }
    // A space has no bitmap but moves the pen; a capital is taller than a lower-case x.
    expect(perTeken.get(32)?.advance).toBeGreaterThan(0);
    expect(perTeken.get(72)?.height).toBeGreaterThan(perTeken.get(120)?.height ?? Infinity);
  });
});
