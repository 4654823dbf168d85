/** Tests of the choropleth layers: valid maplibre layers on our own tiles, each area's colour joined by code through feature state, suppressed buurten hatched instead of coloured, and hover texts and selection keys from the tiles' codes. */
import {
  Color,
  expression,
  featureFilter,
  latest,
  validateStyleMin,
  type StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Buurt } from '../contract/gebied';
import { berekenDekking } from '../domain/dekking';
import type { RgwKaart } from '../domain/rgw-kaart';
import type { RgwRij } from '../domain/rgw-tabel';
import { cssRgba, DEKKING_KLEUR, klasseKleur, wijkprofielKleur } from '../stijl/kleuren';
import { kaartStaat } from './gedeelde-lagen';
import { kaartLagen } from './kaart-lagen';
import type { LaagContext } from './laag-groep';
import {
  FOCUS_VLAK,
  VLAK_LAAG_IDS,
  vlakGeraakt,
  vlakKleuren,
  vlakLagen,
  zichtbareVlakken,
  type VlakLaagId,
} from './vlak-lagen';

const dekking = berekenDekking(
  Object.freeze([
    Object.freeze({ capaciteit: 30, buurt: 'BU05990110' }),
    Object.freeze({ capaciteit: 20, buurt: 'BU05990113' }),
  ]),
  Object.freeze([
    Object.freeze({ code: 'BU05990110', naam: 'Stadsdriehoek', inwoners: 15_615 }),
    Object.freeze({ code: 'BU05990113', naam: 'C.S. kwartier', inwoners: 960 }),
    Object.freeze({ code: 'BU05990119', naam: 'Dijkzigt', inwoners: 400 }),
  ]),
  'buurt',
);

const BUURTEN: readonly Buurt[] = Object.freeze([
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

function rij(code: string, klasse: RgwRij['klasse'], aantal?: number): RgwRij {
  return Object.freeze({
    sleutel: `rgw-buurt:${code}`,
    soort: 'buurt',
    code,
    naam: code,
    telling: aantal === undefined ? { onderdrukt: true } : { onderdrukt: false, aantal },
    klasse,
  }) as unknown as RgwRij;
}

const RGW_BUURTEN: RgwKaart = Object.freeze({
  niveau: 'buurt',
  rijen: Object.freeze([rij('BU1', 0, 7), rij('BU2', 2, 40), rij('BU3', 'onderdrukt'), rij('BU4', 'nul', 0)]),
  klassen: Object.freeze({ ondergrenzen: [5, 10, 20], hoogste: 40 }),
  minimum: 5,
  periode: 'in 3e kwartaal 2026',
  focus: null,
}) as RgwKaart;

const RGW_FOCUS: RgwKaart = Object.freeze({
  ...RGW_BUURTEN,
  niveau: 'focusgebied',
  rijen: Object.freeze([
    Object.freeze({
      sleutel: 'rgw-focus:carnisse',
      soort: 'focusgebied',
      code: 'carnisse',
      naam: 'Carnisse',
      telling: { onderdrukt: false, aantal: 12 },
      klasse: 1,
    }) as unknown as RgwRij,
  ]),
}) as RgwKaart;

function ctx(
  deel: Partial<LaagContext> = {},
  aan: readonly string[] = ['dekking', 'wijkprofiel', 'rgw-dichtheid'],
) {
  return Object.freeze({
    weergave: null,
    geselecteerd: null,
    aan: (id: string) => aan.includes(id),
    filters: {},
    extra: {},
    ...deel,
  }) as LaagContext;
}

/** The colour maplibre paints a feature of `laag` with this feature state. */
function kleurVan(laag: LayerSpecification, state: Record<string, unknown>): string {
  if (laag.type !== 'fill') throw new Error(`${laag.id} is geen vlaklaag`);
  const uitdrukking = expression.createPropertyExpression(
    laag.paint?.['fill-color'],
    'paint.fill-color',
    // The spec's JSON widens its literal types; this is the property's own entry.
    latest.paint_fill['fill-color'] as Parameters<typeof expression.createPropertyExpression>[2],
  );
  if (uitdrukking.result !== 'success') throw new Error(JSON.stringify(uitdrukking.value));
  const kleur = uitdrukking.value.evaluate({ zoom: 12 }, { type: 3, properties: {} }, state) as Color;
  return kleur.toString();
}

const css = (tekst: string) => (Color.parse(tekst) ?? Color.transparent).toString();

describe('vlakLagen', () => {
  const lagen = vlakLagen();

  it('zijn geldige maplibre-lagen op de eigen tegels, verborgen tot er gegevens zijn', () => {
    const stijl: StyleSpecification = {
      version: 8,
      sources: { hkd: { type: 'vector', tiles: ['http://127.0.0.1/{z}/{x}/{y}.pbf'], promoteId: 'code' } },
      layers: lagen,
    };
    expect(validateStyleMin(stijl)).toEqual([]);
    for (const laag of lagen) {
      expect(laag).toMatchObject({ source: 'hkd', type: 'fill', layout: { visibility: 'none' } });
    }
    expect(lagen.map((l) => l.id)).toEqual(VLAK_LAAG_IDS);
  });

  it('kleurt een vlak naar zijn toestand, en laat een vlak zonder toestand doorzichtig', () => {
    const [laag] = lagen;
    if (!laag) throw new Error('geen laag');
    expect(kleurVan(laag, { [laag.id]: 'rgba(10, 20, 30, 0.5)' })).toBe(css('rgba(10, 20, 30, 0.5)'));
    expect(kleurVan(laag, {})).toBe(css('rgba(0, 0, 0, 0)'));
  });
});

describe('vlakKleuren', () => {
  const laagVan = (id: VlakLaagId) => vlakLagen().find((l) => l.id === id) as LayerSpecification;

  it('geeft Spreiding per buurt de kleur van de klasse van elke buurt, en niets per wijk', () => {
    const kleuren = vlakKleuren(ctx({ extra: { dekking } }));
    expect(kleuren['dekking-wijken'].size).toBe(0);
    for (const r of dekking.rijen) {
      const kleur = kleuren['dekking-buurten'].get(r.code);
      if (!kleur) throw new Error(`${r.code} zonder kleur`);
      // What maplibre paints from that state is the legend's colour.
      expect(kleurVan(laagVan('dekking-buurten'), { 'dekking-buurten': kleur })).toBe(
        css(cssRgba(DEKKING_KLEUR[r.klasse])),
      );
    }
    const perWijk = vlakKleuren(ctx({ extra: { dekking: { ...dekking, niveau: 'wijk' } } }));
    expect(perWijk['dekking-buurten'].size).toBe(0);
    expect(perWijk['dekking-wijken'].size).toBe(dekking.rijen.length);
  });

  it('kleurt het Wijkprofiel naar de gekozen index', () => {
    const sociaal = vlakKleuren(ctx({ extra: { wijkprofiel: { buurten: BUURTEN, index: 'sociaal' } } }));
    const veilig = vlakKleuren(ctx({ extra: { wijkprofiel: { buurten: BUURTEN, index: 'veiligheid' } } }));
    expect(sociaal['wijkprofiel-vlakken'].get('BU05991572')).toBe(cssRgba(wijkprofielKleur(0)));
    expect(veilig['wijkprofiel-vlakken'].get('BU05991572')).toBe(cssRgba(wijkprofielKleur(4)));
  });

  it('kleurt RGW per buurt naar klasse; onderdrukte buurten niet, die worden gearceerd', () => {
    const kleuren = vlakKleuren(ctx({ extra: { rgw: RGW_BUURTEN } }))['rgw-buurten'];
    expect(kleuren.get('BU1')).toBe(cssRgba(klasseKleur(0, 3)));
    expect(kleuren.get('BU2')).toBe(cssRgba(klasseKleur(2, 3)));
    expect(kleuren.has('BU3')).toBe(false);
    // A zero is drawn clear, with its seam.
    expect(kleuren.get('BU4')).toBe('rgba(0, 0, 0, 0)');

    // The hatching layer picks the suppressed buurt by its code, and not the others.
    const staat = kaartStaat(ctx({ extra: { rgw: RGW_BUURTEN } }));
    expect(staat.onderdrukt).toEqual(['BU3']);
    const arcering = kaartLagen().find((l) => l.id === 'rgw-arcering');
    if (!arcering || !('filter' in arcering)) throw new Error('geen arcering');
    const filter = featureFilter(arcering.filter, 'filter', { onderdrukt: staat.onderdrukt });
    const op = (properties: Record<string, string>) => filter.filter({ zoom: 12 }, { type: 3, properties });
    expect(op({ code: 'BU3' })).toBe(true);
    expect(op({ code: 'BU2' })).toBe(false);
  });

  it('geeft voor dezelfde antwoorden dezelfde kaarten, zodat er niets opnieuw gezet wordt', () => {
    const extra = { dekking, rgw: RGW_BUURTEN, wijkprofiel: { buurten: BUURTEN, index: 'fysiek' as const } };
    const a = vlakKleuren(ctx({ extra }));
    const b = vlakKleuren(ctx({ extra: { ...extra } }));
    for (const id of Object.keys(a) as VlakLaagId[]) expect(b[id]).toBe(a[id]);
  });
});

describe('zichtbareVlakken', () => {
  it('toont alleen de laag die aan staat op het niveau van zijn antwoord', () => {
    expect(zichtbareVlakken(ctx({ extra: { dekking, rgw: RGW_BUURTEN } }))).toMatchObject({
      'dekking-buurten': true,
      'dekking-wijken': false,
      'wijkprofiel-vlakken': false,
      'rgw-buurten': true,
      [FOCUS_VLAK]: false,
    });
    expect(zichtbareVlakken(ctx({ extra: { dekking } }, []))['dekking-buurten']).toBe(false);
  });

  it('laat de focusgebieden klikken, behalve onder de PC4-vlakken van publiek', () => {
    const extra = { rgw: RGW_FOCUS };
    expect(zichtbareVlakken(ctx({ extra }, ['rgw-dichtheid']))[FOCUS_VLAK]).toBe(true);
    expect(zichtbareVlakken(ctx({ extra }, ['rgw-dichtheid', 'pc4-aantallen']))[FOCUS_VLAK]).toBe(false);
  });
});

describe('vlakGeraakt', () => {
  const kenmerk = (id: string, properties: Record<string, unknown>) => ({ layer: { id }, properties });

  it('beschrijft een buurt van Spreiding en Wijkprofiel, zonder eigen selectie', () => {
    expect(
      vlakGeraakt(kenmerk('dekking-buurten', { code: 'BU05990110' }), ctx({ extra: { dekking } })),
    ).toEqual({
      sleutel: null,
      tekst: expect.stringMatching(/^Stadsdriehoek\n1,9 plaatsen per 1\.000 inwoners/),
    });
    const wijkprofiel = { buurten: BUURTEN, index: 'fysiek' as const };
    expect(
      vlakGeraakt(kenmerk('wijkprofiel-vlakken', { code: 'BU05991572' }), ctx({ extra: { wijkprofiel } })),
    ).toEqual({
      sleutel: null,
      tekst: 'Carnisse\nFysieke index 101,0 (100 = Rotterdams gemiddelde)',
    });
  });

  it('kiest een RGW-buurt of een heel focusgebied, en niets voor een vlak zonder cijfer', () => {
    const buurt = vlakGeraakt(kenmerk('rgw-buurten', { code: 'BU2' }), ctx({ extra: { rgw: RGW_BUURTEN } }));
    expect(buurt).toEqual({ sleutel: 'rgw-buurt:BU2', tekst: 'BU2: 40 zaken in 3e kwartaal 2026' });
    const focus = vlakGeraakt(
      kenmerk(FOCUS_VLAK, { code: 'BU05991572', focusgebied: 'carnisse' }),
      ctx({ extra: { rgw: RGW_FOCUS } }),
    );
    expect(focus?.sleutel).toBe('rgw-focus:carnisse');
    expect(
      vlakGeraakt(kenmerk('dekking-buurten', { code: 'BU0599XXXX' }), ctx({ extra: { dekking } })),
    ).toBeNull();
  });
});
