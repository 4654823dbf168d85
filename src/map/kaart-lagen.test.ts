/** Tests of the shared maplibre layers: every layer reads the tiles or the searched point, the data joins by code through global state, and the state follows the context. */
import { describe, expect, it } from 'vitest';
import type { VoorzieningPubliek } from '../contract/voorziening';
import type { RgwRij } from '../domain/rgw-tabel';
import { pc4Groepen } from '../domain/symboolgroepen';
import { kaartStaat } from './gedeelde-lagen';
import {
  arceringBeeld,
  HINDERNIS_BRON,
  kaartjeBeeld,
  kaartLagen,
  KAART_STAAT,
  KLIKBARE_LAGEN,
  LAGEN_VAN,
  LEGE_STAAT,
  ZOEKPUNT_BRON,
} from './kaart-lagen';
import type { LaagContext } from './laag-groep';
import type { RgwKaart } from '../domain/rgw-kaart';

function voorziening(id: string, pc4: string): VoorzieningPubliek {
  return {
    id,
    pc4,
    positie: [4.48, 51.9],
  } as unknown as VoorzieningPubliek;
}

const GROEPEN = Object.freeze(
  pc4Groepen([voorziening('a', '3011'), voorziening('b', '3011'), voorziening('c', '3072')]),
);

const RIJEN: readonly RgwRij[] = Object.freeze([
  {
    sleutel: 'rgw-focus:tarwewijk',
    soort: 'focusgebied',
    code: 'tarwewijk',
    naam: 'Tarwewijk',
    telling: { onderdrukt: false, aantal: 218 },
    klasse: 2,
  },
  {
    sleutel: 'rgw-focus:bloemhof',
    soort: 'focusgebied',
    code: 'bloemhof',
    naam: 'Bloemhof',
    telling: { onderdrukt: true },
    klasse: 0,
  },
] as unknown as RgwRij[]);

function ctx(deel: Partial<LaagContext> & { rgw?: Partial<RgwKaart> } = {}): LaagContext {
  const { rgw, ...rest } = deel;
  return Object.freeze({
    weergave: { rol: 'publiek' as const, groepen: GROEPEN },
    geselecteerd: null,
    aan: () => true,
    filters: {},
    extra: rgw ? { rgw: { niveau: 'focusgebied', rijen: RIJEN, focus: null, ...rgw } as RgwKaart } : {},
    ...rest,
  });
}

describe('kaartLagen', () => {
  const lagen = kaartLagen();
  const ids = lagen.map((l) => l.id);

  it('leest de eigen tegels, en alleen punten (het gezochte punt, de symbolen van deck.gl) van elders', () => {
    for (const laag of lagen) {
      const bron = 'source' in laag ? laag.source : null;
      expect(bron, laag.id).toMatch(new RegExp(`^(hkd|${ZOEKPUNT_BRON}|${HINDERNIS_BRON})$`));
      if (bron !== 'hkd') expect(['circle', 'symbol'], laag.id).toContain(laag.type);
    }
  });

  it('kent elke laag die geschakeld of aangeklikt wordt', () => {
    for (const id of [...Object.values(LAGEN_VAN).flat(), ...KLIKBARE_LAGEN]) {
      expect(ids).toContain(id);
    }
  });

  it('zet de tellingen boven de kaartjes en de kaartjes boven de namen (maplibre plaatst van boven af)', () => {
    const plek = (id: string) => ids.indexOf(id);
    expect(plek('pc4-tellingen')).toBeGreaterThan(plek('rgw-kaartjes'));
    for (const soort of ['wijk', 'buurt', 'pc4', 'focusgebied']) {
      expect(plek('rgw-kaartjes')).toBeGreaterThan(plek(`namen-${soort}`));
    }
  });

  it('legt geen twee symboollagen in één bucket: anders plaatst maplibre ze samen, op de beurt van de onderste', () => {
    // maplibre's groupByLayout: layers alike in these properties share one bucket and one placement turn. The
    // square the cards keep clear of would then be placed after the cards, and the cards would lie under the circles.
    const sleutel = (laag: (typeof lagen)[number]) =>
      JSON.stringify(
        ['type', 'source', 'source-layer', 'minzoom', 'maxzoom', 'filter', 'layout'].map(
          (k) => (laag as unknown as Record<string, unknown>)[k] ?? null,
        ),
      );
    const gezien = new Map<string, string>();
    for (const laag of lagen.filter((l) => l.type === 'symbol')) {
      expect(gezien.get(sleutel(laag)), laag.id).toBeUndefined();
      gezien.set(sleutel(laag), laag.id);
    }
    expect(ids.indexOf('pc4-blok-kaartjes')).toBeGreaterThan(ids.indexOf('rgw-kaartjes'));
  });

  it('leest elke sleutel van de globale toestand in minstens één laag', () => {
    const tekst = JSON.stringify(lagen);
    for (const sleutel of Object.values(KAART_STAAT)) expect(tekst).toContain(`"global-state","${sleutel}"`);
  });
});

describe('kaartStaat', () => {
  it('telt de voorzieningen per PC4-gebied en markeert het gekozen symbool', () => {
    const staat = kaartStaat(ctx({ geselecteerd: 'pc4:3072' }));
    expect(staat.pc4Aantallen).toEqual({ '3011': 2, '3072': 1 });
    expect(staat.pc4Geselecteerd).toBe('3072');
  });

  it('geeft voor dezelfde invoer dezelfde objecten, zodat maplibre niets opnieuw opmaakt', () => {
    expect(kaartStaat(ctx()).pc4Aantallen).toBe(kaartStaat(ctx()).pc4Aantallen);
    const rgw = { rgw: {} };
    expect(kaartStaat(ctx(rgw)).kaartjes).toBe(kaartStaat(ctx(rgw)).kaartjes);
  });

  it('schrijft de kaartjes, de volgorde (grootste eerst) en de onderdrukte focusgebieden', () => {
    const staat = kaartStaat(ctx({ rgw: { focus: 'tarwewijk' }, geselecteerd: 'rgw-focus:bloemhof' }));
    expect(staat.kaartjes).toEqual({ tarwewijk: 'Tarwewijk\n218 zaken', bloemhof: 'Bloemhof\nminder dan 5' });
    expect(staat.kaartjeVolgorde.tarwewijk).toBeLessThan(staat.kaartjeVolgorde.bloemhof ?? -Infinity);
    expect(staat.onderdrukt).toEqual(['bloemhof']);
    expect(staat.focus).toBe('tarwewijk');
    expect(staat.selectieFocus).toBe('bloemhof');
    expect(staat.selectieBuurt).toBe('');
  });

  it('is leeg voor een andere rol en zonder RGW-antwoord op focusniveau', () => {
    const staat = kaartStaat(ctx({ weergave: null, rgw: { niveau: 'h3' } }));
    expect(staat).toEqual({ ...LEGE_STAAT, pc4Aantallen: {} });
  });
});

describe('beelden', () => {
  it('herhaalt de arcering naadloos en rekt het kaartje alleen tussen de hoeken op', () => {
    const { beeld } = arceringBeeld(2);
    expect(beeld.data).toHaveLength(beeld.width * beeld.height * 4);
    const { beeld: k, opties } = kaartjeBeeld(2);
    expect(opties.stretchX[0]?.[0]).toBeGreaterThan(0);
    expect(opties.stretchX[0]?.[1]).toBeLessThan(k.width);
  });
});
