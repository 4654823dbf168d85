/** Tests of the import check: the validator's problems are errors, differences from the CBS facts are warnings. */
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { BuurtFeit, Pc4Feit } from '../../src/geo/rotterdam-facts';
import { bouwGeografie } from './bouw-geografie';
import { controleerImport, focusHint } from './controle';

function rechthoek(w: number, s: number, e: number, n: number): Position[][][] {
  return [
    [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  ];
}

const { geografie } = await bouwGeografie({
  gemeente: { code: 'GM0599', naam: 'Rotterdam' },
  buurten: [
    {
      index: 0,
      code: 'BU05991081',
      naam: 'Bloemhof',
      wijk: 'WK059910',
      wijknaam: 'Feijenoord',
      gemeentenaam: null,
      inwoners: 10,
      water: false,
      vlak: rechthoek(4.47, 51.89, 4.48, 51.9),
    },
    {
      index: 1,
      code: 'BU05991082',
      naam: 'Hillesluis',
      wijk: 'WK059910',
      wijknaam: 'Feijenoord',
      gemeentenaam: null,
      inwoners: 20,
      water: false,
      vlak: rechthoek(4.48, 51.89, 4.49, 51.9),
    },
  ],
  pc4: [{ index: 0, code: '3073', inwoners: 30, vlak: rechthoek(4.47, 51.89, 4.49, 51.9) }],
  water: [],
  tolerantie: 0.00005,
  focusgebieden: [],
  feiten: [],
  gegenereerd: 'test',
});

const feit = (code: string, centroid: [number, number]) =>
  ({ code, centroid }) as unknown as BuurtFeit & Pc4Feit;

describe('controleerImport', () => {
  it('waarschuwt, samengevat, voor verschillen met de CBS-feiten', () => {
    const { fouten, waarschuwingen } = controleerImport(geografie, {
      focusgebieden: [],
      buurtFeiten: [
        feit('BU05991081', [4.475, 51.895]),
        feit('BU05991082', [4.46, 51.895]),
        feit('BU05991083', [4.5, 51.9]),
      ],
      pc4Feiten: [feit('3073', [4.48, 51.895])],
    });
    expect(fouten).toEqual([]);
    expect(waarschuwingen).toEqual([
      '1 buurt uit de CBS-feiten met de centroïde buiten het geïmporteerde gebied (niet-convex gebied of andere indeling?): BU05991082',
      '1 buurt uit de CBS-feiten niet in de import: BU05991083',
    ]);
  });

  it('meldt nieuwe codes en zegt niets zonder feiten', () => {
    expect(
      controleerImport(geografie, { focusgebieden: [], buurtFeiten: [], pc4Feiten: [] }).waarschuwingen,
    ).toEqual([]);
    expect(
      controleerImport(geografie, {
        focusgebieden: [],
        buurtFeiten: [feit('BU05991081', [4.475, 51.895])],
        pc4Feiten: [],
      }).waarschuwingen,
    ).toEqual([
      '1 buurt in de import niet in de CBS-feiten (nieuwere indeling?): BU05991082',
      '1 pc4 in de import niet in de CBS-feiten (nieuwere indeling?): 3073',
    ]);
  });

  it('maakt van ontbrekende focusgebieden een fout met een aanwijzing', () => {
    const { fouten } = controleerImport(geografie, {
      focusgebieden: [{ code: 'carnisse', naam: 'Carnisse', buurten: ['BU05991572'] }],
      buurtFeiten: [],
      pc4Feiten: [],
    });
    expect(fouten).toContain('focusgebied carnisse: buurten geen, verwacht BU05991572');
    expect(focusHint(fouten)).toContain('src/domain/focusgebieden.ts');
    expect(focusHint([])).toBeNull();
  });
});
