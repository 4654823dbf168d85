/** Tests of the streaming GeoJSON reader: the same members and features as JSON.parse, whatever the chunk boundaries. */
import { describe, expect, it } from 'vitest';
import { leesGeoJsonStroom, type StroomItem } from './geojson-stroom';

async function alles(stukken: Iterable<string>): Promise<StroomItem[]> {
  const uit: StroomItem[] = [];
  for await (const item of leesGeoJsonStroom(stukken)) uit.push(item);
  return uit;
}

function inStukken(tekst: string, grootte: number): string[] {
  const uit: string[] = [];
  for (let i = 0; i < tekst.length; i += grootte) uit.push(tekst.slice(i, i + grootte));
  return uit;
}

const DOCUMENT = Object.freeze({
  type: 'FeatureCollection',
  name: 'buurten "test" {met} [haken], en \\ backslash',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
  features: [
    { type: 'Feature', properties: { buurtcode: 'BU05991081', naam: 'Bloemhof } ]' }, geometry: null },
    { type: 'Feature', properties: { a: [1, { b: '"' }] }, geometry: { type: 'Point', coordinates: [1, 2] } },
  ],
  numberReturned: 2,
  links: [{ rel: 'next', href: 'https://example.org/items?offset=2' }],
  leeg: null,
  waar: true,
});

describe('leesGeoJsonStroom', () => {
  it.each([1, 2, 3, 7, 64, 100_000])(
    'geeft leden en features in bestandsvolgorde bij stukken van %i tekens',
    async (grootte) => {
      const tekst = `\ufeff ${JSON.stringify(DOCUMENT, null, grootte % 2 === 0 ? 2 : 0)}\n`;
      const items = await alles(inStukken(tekst, grootte));
      expect(items).toEqual([
        { soort: 'lid', naam: 'type', waarde: 'FeatureCollection' },
        { soort: 'lid', naam: 'name', waarde: DOCUMENT.name },
        { soort: 'lid', naam: 'crs', waarde: DOCUMENT.crs },
        { soort: 'feature', index: 0, waarde: DOCUMENT.features[0] },
        { soort: 'feature', index: 1, waarde: DOCUMENT.features[1] },
        { soort: 'lid', naam: 'numberReturned', waarde: 2 },
        { soort: 'lid', naam: 'links', waarde: DOCUMENT.links },
        { soort: 'lid', naam: 'leeg', waarde: null },
        { soort: 'lid', naam: 'waar', waarde: true },
      ]);
    },
  );

  it('leest een lege FeatureCollection', async () => {
    expect(await alles(['{"type":"FeatureCollection","features":[]}'])).toEqual([
      { soort: 'lid', naam: 'type', waarde: 'FeatureCollection' },
    ]);
  });

  it.each([
    { tekst: '[1, 2]', melding: /begint niet met een JSON-object/ },
    { tekst: '{"type":"FeatureCollection","features":[{"type":"Feature"}', melding: /houdt halverwege op/ },
    { tekst: '{"features":[1]}', melding: /features\[0\] is geen object/ },
    { tekst: '{"features":[{"type":"Feature",}]}', melding: /features\[0\] is geen geldige JSON/ },
    { tekst: '{"type" "x"}', melding: /verwacht ":"/ },
    { tekst: '{} {}', melding: /tekst na het einde/ },
  ])('weigert $tekst', async ({ tekst, melding }) => {
    await expect(alles([tekst])).rejects.toThrow(melding);
  });
});
