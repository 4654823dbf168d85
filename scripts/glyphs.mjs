// `npm run glyphs`: the signed-distance-field glyphs maplibre draws the names, counts and cards with, as the
// standard glyph PBF files (public/fonts/<stack>/0-255.pbf), so the browser only reads them and need not rasterise
// every letter on its main thread at start-up. Drawn once, here, by Chromium's canvas with Liberation Sans Bold (SIL
// Open Font License; Debian's fonts-liberation; the metrics of Arial, so names take the room they took in the page's
// own sans-serif) through TinySDF, exactly as maplibre would draw them itself (24 px,
// buffer 3, radius 8, cutoff 0.25); the files are committed, so nothing is drawn or downloaded at run time.
/* global document, window -- the callback of page.evaluate runs in the page */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Pbf from 'pbf';
import { chromium } from 'playwright-core';
import { CHROMIUM_START } from './chromium-opties.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The stack name in the style; its "Bold" also tells maplibre's local fallback the weight. */
export const STAPEL = 'LiberationSans-Bold';
const LETTER = { familie: 'Liberation Sans', gewicht: 'bold' };
/** maplibre's baseline correction for TinySDF glyphs (glyph_manager topAdjustment), and its half-pixel left shift. */
const BOVEN_CORRECTIE = 27.5;
const LINKS_CORRECTIE = 0.5;

const tinySdf = readFileSync(join(ROOT, 'node_modules', '@mapbox', 'tiny-sdf', 'index.js'), 'utf8').replace(
  'export default class TinySDF',
  'window.TinySDF = class TinySDF',
);

const browser = await chromium.launch(CHROMIUM_START);
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><title>glyphs</title>');
  await page.addScriptTag({ content: tinySdf });
  // Printable Latin-1: every character of the names and the card texts (a test checks this).
  const codes = [
    ...Array.from({ length: 95 }, (_, i) => 32 + i),
    ...Array.from({ length: 96 }, (_, i) => 160 + i),
  ];
  const glyphs = await page.evaluate(
    async ({ codes, letter }) => {
      await document.fonts.load(`${letter.gewicht} 24px "${letter.familie}"`);
      const sdf = new window.TinySDF({
        fontSize: 24,
        buffer: 3,
        radius: 8,
        cutoff: 0.25,
        fontFamily: `"${letter.familie}"`,
        fontWeight: letter.gewicht,
      });
      return codes.map((id) => {
        const g = sdf.draw(String.fromCharCode(id));
        return { id, ...g, data: Array.from(g.data) };
      });
    },
    { codes, letter: LETTER },
  );

  const pbf = new Pbf();
  pbf.writeMessage(
    1,
    (_, uit) => {
      uit.writeStringField(1, STAPEL);
      uit.writeStringField(2, '0-255');
      for (const g of glyphs) {
        uit.writeMessage(3, (__, w) => {
          w.writeVarintField(1, g.id);
          if (g.glyphWidth > 0 && g.glyphHeight > 0) w.writeBytesField(2, Uint8Array.from(g.data));
          w.writeVarintField(3, g.glyphWidth);
          w.writeVarintField(4, g.glyphHeight);
          w.writeSVarintField(5, Math.round(g.glyphLeft + LINKS_CORRECTIE));
          w.writeSVarintField(6, Math.round(g.glyphTop - BOVEN_CORRECTIE));
          w.writeVarintField(7, Math.round(g.glyphAdvance));
        });
      }
    },
    null,
  );
  const map = join(ROOT, 'public', 'fonts', STAPEL);
  mkdirSync(map, { recursive: true });
  const bestand = join(map, '0-255.pbf');
  const bytes = pbf.finish();
  writeFileSync(bestand, bytes);
  console.log(
    `${bestand.replace(ROOT, '')}: ${glyphs.length} tekens, ${bytes.length.toLocaleString('nl-NL')} bytes`,
  );
} finally {
  await browser.close();
}
