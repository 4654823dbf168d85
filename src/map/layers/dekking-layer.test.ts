/** Tests of the coverage and Wijkprofiel choropleth props: a colour per class, grey without a figure, polygons for every area, tooltips in words. */
import type { PickingInfo } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { Buurt } from '../../contract/gebied';
import { berekenDekking, DEKKING_KLASSEN } from '../../domain/dekking';
import { GEBIEDSINDELING } from '../../geo/kaartlabels';
import { BUURTEN } from '../../geo/rotterdam-facts';
import { cssKleur } from '../../stijl/kleuren';
import type { LaagContext } from '../laag-groep';
import { DEKKING_GROEP } from './dekking-groep';
import {
  DEKKING_KLEUR,
  dekkingTooltip,
  dekkingVlakken,
  dekkingVlakkenProps,
  GEMIDDELDE_SCHAAL,
} from './dekking-layer';
import { buurtVeelhoeken, wijkVeelhoeken } from './dekking-vlakken';
import { WIJKPROFIEL_GROEP } from './wijkprofiel-groep';
import {
  wijkprofielKlasse,
  wijkprofielKleur,
  wijkprofielProps,
  wijkprofielTooltip,
  wijkprofielVlakken,
} from './wijkprofiel-layer';

const GEBIEDEN = Object.freeze([
  Object.freeze({ code: 'BU05990110', naam: 'Stadsdriehoek', inwoners: 15_615 }),
  Object.freeze({ code: 'BU05990113', naam: 'C.S. kwartier', inwoners: 960 }),
  Object.freeze({ code: 'BU05990119', naam: 'Dijkzigt', inwoners: 400 }),
]);
const dekking = berekenDekking(
  Object.freeze([
    Object.freeze({ capaciteit: 30, buurt: 'BU05990110' }),
    Object.freeze({ capaciteit: 20, buurt: 'BU05990113' }),
  ]),
  GEBIEDEN,
  'buurt',
);

function context(deel: Partial<LaagContext>): LaagContext {
  return { weergave: null, geselecteerd: null, aan: () => true, filters: {}, extra: {}, ...deel };
}

describe('dekking-layer', () => {
  it('geeft elke klasse een eigen kleur, doorzichtig genoeg voor de namen eronder', () => {
    const kleuren = DEKKING_KLASSEN.map((k) => cssKleur(DEKKING_KLEUR[k]));
    expect(new Set(kleuren).size).toBe(DEKKING_KLASSEN.length);
    for (const k of DEKKING_KLASSEN) expect(DEKKING_KLEUR[k][3]).toBeLessThan(255);
    // Below the average brown, above purple: the ends of the shared diverging ramp.
    expect(cssKleur(DEKKING_KLEUR['ver-onder'])).toBe(cssKleur(GEMIDDELDE_SCHAAL[0] ?? [0, 0, 0, 0]));
    expect(cssKleur(DEKKING_KLEUR['ver-boven'])).toBe(cssKleur(GEMIDDELDE_SCHAAL[4] ?? [0, 0, 0, 0]));
  });

  it('maakt één vlak per veelhoek, één keer per uitkomst', () => {
    const vlakken = dekkingVlakken(dekking, buurtVeelhoeken);
    expect(new Set(vlakken.map((v) => v.rij.code))).toEqual(new Set(GEBIEDEN.map((g) => g.code)));
    expect(dekkingVlakken(dekking, buurtVeelhoeken)).toBe(vlakken);
    const props = dekkingVlakkenProps(vlakken, { zichtbaar: true });
    const klein = vlakken.find((v) => v.rij.code === 'BU05990119');
    if (!klein) throw new Error('Dijkzigt ontbreekt');
    expect(props.getFillColor(klein)).toBe(DEKKING_KLEUR['te-weinig-inwoners']);
    expect(props).toMatchObject({ id: 'dekking-vlakken', pickable: true });
  });

  it('zegt in de tooltip hoeveel plaatsen per 1.000 inwoners, t.o.v. het gemiddelde', () => {
    const [stad, , klein] = dekking.rijen;
    if (!stad || !klein) throw new Error('rijen ontbreken');
    expect(dekkingTooltip(stad)).toBe(
      'Stadsdriehoek\n1,9 plaatsen per 1.000 inwoners (0,7× het gemiddelde)\n30 plaatsen · 15.615 inwoners',
    );
    expect(dekkingTooltip(klein)).toMatch(
      /^Dijkzigt\nTe weinig inwoners \(minder dan 500\)\n0 plaatsen · 400 inwoners$/,
    );
  });
});

describe('dekking-vlakken', () => {
  it('heeft vlakken voor elke buurt en wijk van de getoonde indeling', () => {
    const weggelaten = new Set(GEBIEDSINDELING.weggelaten);
    for (const b of BUURTEN) {
      if (weggelaten.has(b.code)) continue;
      expect(buurtVeelhoeken(b.code).length, b.code).toBeGreaterThan(0);
      if (!weggelaten.has(b.wijk)) expect(wijkVeelhoeken(b.wijk).length, b.wijk).toBeGreaterThan(0);
    }
    expect(buurtVeelhoeken('BU05999999')).toEqual([]);
  });
});

describe('DEKKING_GROEP', () => {
  it('tekent alleen met een uitkomst, en volgt aan/uit zonder de laag weg te gooien', () => {
    expect(DEKKING_GROEP.bouw(context({}))).toEqual([]);
    const [laag] = DEKKING_GROEP.bouw(context({ extra: { dekking }, aan: () => false }));
    expect(laag?.props.visible).toBe(false);
  });

  it('geeft een tooltip voor een vlak en niets voor andere lagen', () => {
    const [vlak] = dekkingVlakken(dekking, buurtVeelhoeken);
    const info = { picked: true, layer: { id: 'dekking-vlakken' }, object: vlak } as unknown as PickingInfo;
    expect(DEKKING_GROEP.tooltip?.(info, context({}))).toMatch(/^Stadsdriehoek\n/);
    expect(
      DEKKING_GROEP.tooltip?.({ ...info, layer: { id: 'clusters' } } as unknown as PickingInfo, context({})),
    ).toBeNull();
  });
});

describe('wijkprofiel-layer', () => {
  it.each([
    [70, 0],
    [84.9, 0],
    [85, 1],
    [94.9, 1],
    [95, 2],
    [100, 2],
    [104.9, 2],
    [105, 3],
    [115, 4],
    [130, 4],
  ])('%d valt in klasse %d (100 = gemiddelde, in het midden)', (waarde, klasse) => {
    expect(wijkprofielKlasse(waarde)).toBe(klasse);
  });

  it('kleurt onder 100 bruin, rond 100 licht en boven 100 paars', () => {
    expect(cssKleur(wijkprofielKleur(0))).toBe(cssKleur(GEMIDDELDE_SCHAAL[0] ?? [0, 0, 0, 0]));
    expect(cssKleur(wijkprofielKleur(2))).toBe(cssKleur(GEMIDDELDE_SCHAAL[2] ?? [0, 0, 0, 0]));
    expect(cssKleur(wijkprofielKleur(4))).toBe(cssKleur(GEMIDDELDE_SCHAAL[4] ?? [0, 0, 0, 0]));
  });

  const buurten: readonly Buurt[] = Object.freeze([
    Object.freeze({
      type: 'buurt' as const,
      code: 'BU05991572',
      naam: 'Carnisse',
      wijk: 'WK059915',
      wijknaam: 'Charlois',
      inwoners: 10_000,
      centroid: [4.49, 51.88] as [number, number],
      focusgebied: 'carnisse' as const,
      wijkprofiel: Object.freeze({ sociaal: 82.4, fysiek: 101, veiligheid: 117 }),
    }),
  ]);

  it('maakt vlakken per index, één keer per antwoord en index, en kleurt naar die index', () => {
    const sociaal = wijkprofielVlakken(buurten, 'sociaal', buurtVeelhoeken);
    expect(wijkprofielVlakken(buurten, 'sociaal', buurtVeelhoeken)).toBe(sociaal);
    const veilig = wijkprofielVlakken(buurten, 'veiligheid', buurtVeelhoeken);
    expect(sociaal[0]?.klasse).toBe(0);
    expect(veilig[0]?.klasse).toBe(4);
    const props = wijkprofielProps(veilig, 'veiligheid', { zichtbaar: true });
    expect(props.updateTriggers.getFillColor).toBe('veiligheid');
    expect(wijkprofielTooltip({ naam: 'Carnisse', waarde: 82.4 }, 'sociaal')).toBe(
      'Carnisse\nSociale index 82,4 (100 = Rotterdams gemiddelde)',
    );
  });

  it('WIJKPROFIEL_GROEP tekent de gekozen index en beschrijft een buurt', () => {
    const ctx = context({ extra: { wijkprofiel: { buurten, index: 'fysiek' } } });
    const [laag] = WIJKPROFIEL_GROEP.bouw(ctx);
    expect(laag?.id).toBe('wijkprofiel-vlakken');
    const [vlak] = wijkprofielVlakken(buurten, 'fysiek', buurtVeelhoeken);
    const info = {
      picked: true,
      layer: { id: 'wijkprofiel-vlakken' },
      object: vlak,
    } as unknown as PickingInfo;
    expect(WIJKPROFIEL_GROEP.tooltip?.(info, ctx)).toBe(
      'Carnisse\nFysieke index 101,0 (100 = Rotterdams gemiddelde)',
    );
  });
});
