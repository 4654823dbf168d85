/** The scan's map props: one outline per ring at its radius, halos only under the facilities inside (warm for a signal), the site on top; nothing pickable but the rings and the site. */
import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import {
  SCAN_KLEUR,
  scanBinnenProps,
  scanLetterProps,
  scanLocatieProps,
  scanRingen,
  scanRingProps,
} from './draagkrachtscan-layer';

const SITE = [4.483688, 51.892679] as [number, number];
const ANALYSE = Object.freeze({
  locatie: Object.freeze({ positie: SITE }),
  ringen: Object.freeze(
    [250, 500, 1000].map((straalM, i) =>
      Object.freeze({ straalM, totaal: { locaties: i, plekken: i * 10 } }),
    ),
  ),
});

describe('scanRingen en scanRingProps', () => {
  it('geeft elke ring een gesloten omtrek op zijn straal', () => {
    const ringen = scanRingen(ANALYSE);
    expect(ringen.map((r) => r.straalM)).toEqual([250, 500, 1000]);
    for (const r of ringen) {
      const [eerste] = r.pad;
      if (!eerste) throw new Error('lege ring');
      expect(distance(SITE, eerste, { units: 'meters' })).toBeCloseTo(r.straalM, -1);
    }
  });

  it('tekent een witte rand onder de lijn, en laat klikken door naar de symbolen', () => {
    const [halo, lijn] = scanRingProps(scanRingen(ANALYSE), { zichtbaar: true });
    expect(halo?.pickable).toBe(false);
    expect(lijn?.pickable).toBe(false);
    expect(lijn?.getColor).toEqual(SCAN_KLEUR);
    expect(halo?.getWidth).toBeGreaterThan(lijn?.getWidth as number);
  });

  it('zet een laag uit in plaats van hem weg te laten', () => {
    for (const laag of [
      ...scanRingProps(scanRingen(ANALYSE), { zichtbaar: false }),
      scanBinnenProps([], { zichtbaar: false }),
      ...scanLocatieProps(SITE, { zichtbaar: false }),
    ]) {
      expect(laag.visible).toBe(false);
    }
  });
});

describe('scanBinnenProps', () => {
  it('maakt de rand van een voorziening op fase 2 of hoger dikker en warmer', () => {
    const props = scanBinnenProps(
      Object.freeze([
        { positie: [4.48, 51.89], signaal: false },
        { positie: [4.49, 51.89], signaal: true },
      ] as const),
      { zichtbaar: true },
    );
    const [gewoon, signaal] = props.data as { positie: [number, number]; signaal: boolean }[];
    const { getLineColor: kleur, getLineWidth: breedte } = props;
    if (typeof kleur !== 'function' || typeof breedte !== 'function' || !gewoon || !signaal)
      throw new Error('geen accessors');
    const info = { index: 0, data: [], target: [] };
    expect(breedte(signaal, info)).toBeGreaterThan(breedte(gewoon, info));
    expect(kleur(signaal, info)).not.toEqual(kleur(gewoon, info));
    expect(props.pickable).toBe(false);
    // Hollow: the facility's own symbol stays visible inside.
    expect(props.filled).toBe(false);
  });
});

describe('scanLocatieProps', () => {
  it('tekent niets zonder locatie, en de locatie met een witte rand erom', () => {
    for (const laag of scanLocatieProps(null, { zichtbaar: true })) expect(laag.data).toEqual([]);
    const [halo, punt] = scanLocatieProps(SITE, { zichtbaar: true });
    expect(halo?.getRadius).toBeGreaterThan(punt?.getRadius as number);
    expect(punt?.pickable).toBe(true);
    expect(punt?.getFillColor).toEqual(SCAN_KLEUR);
  });
});

describe('scanLetterProps', () => {
  const bij = (lon: number) => ({ ...ANALYSE, locatie: { positie: [lon, SITE[1]] as [number, number] } });

  it('noemt de locaties zoals de tabel: de bewaarde A, B…, de huidige als laatste', () => {
    const props = scanLetterProps([bij(4.47), bij(4.46)], ANALYSE, { zichtbaar: true });
    const data = props.data as { positie: [number, number]; letter: string }[];
    expect(data.map((d) => d.letter)).toEqual(['A', 'B', 'C']);
    expect(data.map((d) => d.positie[0])).toEqual([4.47, 4.46, SITE[0]]);
    expect(props.pickable).toBe(false);
    // Every letter the data can hold is in the font atlas (up to four sites).
    for (const d of data) expect(props.characterSet).toContain(d.letter);
  });

  it('toont geen letter zonder vergelijking', () => {
    expect(scanLetterProps([], ANALYSE, { zichtbaar: true }).data).toEqual([]);
  });
});
