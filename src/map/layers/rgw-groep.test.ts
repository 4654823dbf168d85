/** Tests of the RGW deck.gl group: hexagons only at H3 level, the outline of a selected cell, and what a click and a hover on a cell mean. */
import type { PickingInfo } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { DatalaagId } from '../../domain/datalagen';
import { maakKlassen } from '../../domain/rgw-klassen';
import { rijenVoorCellen, rijenVoorFocusgebieden } from '../../domain/rgw-tabel';
import type { LaagContext } from '../laag-groep';
import type { RgwKaart } from '../../domain/rgw-kaart';
import { RGW_GROEP } from './rgw-groep';

const KLASSEN = Object.freeze(maakKlassen([40, 120, 260], 5));
const CELLEN = Object.freeze(
  rijenVoorCellen(
    [
      { h3: '88196bb535fffff', onderdrukt: false, aantal: 238 },
      { h3: '88196bb523fffff', onderdrukt: true },
    ],
    KLASSEN,
    () => 'Tarwewijk',
  ),
);
const FOCUS = Object.freeze(
  rijenVoorFocusgebieden(
    [
      { code: 'tarwewijk', naam: 'Tarwewijk', telling: { onderdrukt: false, aantal: 218 } },
      { code: 'carnisse', naam: 'Carnisse', telling: { onderdrukt: true } },
    ],
    KLASSEN,
  ),
);

function kaart(deel: Partial<RgwKaart>): RgwKaart {
  return Object.freeze({
    niveau: 'h3',
    rijen: CELLEN,
    klassen: KLASSEN,
    minimum: 5,
    periode: 'in 3e kwartaal 2026',
    focus: null,
    ...deel,
  });
}

function ctx(rgw: RgwKaart | null, opts: { aan?: boolean; geselecteerd?: string | null } = {}): LaagContext {
  return {
    weergave: null,
    geselecteerd: opts.geselecteerd ?? null,
    aan: (id: DatalaagId) => (opts.aan ?? true) && id === 'rgw-dichtheid',
    filters: {},
    extra: { rgw },
  };
}

function ids(c: LaagContext): string[] {
  return RGW_GROEP.bouw(c).map((l) => l.id);
}

describe('RGW-lagen', () => {
  it('bouwt zeshoeken voor de scan en niets voor buurten en focusgebieden (maplibre tekent die), met een lege celomlijning', () => {
    expect(ids(ctx(kaart({})))).toEqual(['rgw-h3', 'rgw-h3-selectie-halo', 'rgw-h3-selectie']);
    expect(ids(ctx(kaart({ niveau: 'focusgebied', rijen: FOCUS })))).toEqual([
      'rgw-h3-selectie-halo',
      'rgw-h3-selectie',
    ]);
    expect(ids(ctx(null))).toEqual(['rgw-h3-selectie-halo', 'rgw-h3-selectie']);
  });

  it('verbergt de dichtheid als de laag uitstaat', () => {
    const c = ctx(kaart({ focus: 'tarwewijk' }), { aan: false });
    const lagen = RGW_GROEP.bouw(c);
    expect(lagen.find((l) => l.id === 'rgw-h3')?.props.visible).toBe(false);
  });

  it('omlijnt een geselecteerde cel langs haar zes hoeken', () => {
    const lagen = RGW_GROEP.bouw(ctx(kaart({}), { geselecteerd: 'rgw-h3:88196bb535fffff' }));
    const data = lagen.find((l) => l.id === 'rgw-h3-selectie')?.props.data as { pad: unknown[] }[];
    expect(data).toHaveLength(1);
    expect(data[0]?.pad.length).toBeGreaterThanOrEqual(7);
    const onzin = RGW_GROEP.bouw(ctx(kaart({}), { geselecteerd: 'rgw-h3:geen-cel' }));
    expect(onzin.find((l) => l.id === 'rgw-h3-selectie')?.props.data).toEqual([]);
  });

  it('kiest bij een klik de rij en noemt bij hover aantal en periode', () => {
    const c = ctx(kaart({}));
    const [getoond, onderdrukt] = CELLEN;
    const info = (object: unknown, id = 'rgw-h3') =>
      ({ picked: true, object, layer: { id } }) as unknown as PickingInfo;
    expect(RGW_GROEP.kies?.(info(getoond), c)).toBe('rgw-h3:88196bb535fffff');
    expect(RGW_GROEP.kies?.(info(getoond, 'adres-punten'), c)).toBeUndefined();
    expect(RGW_GROEP.tooltip?.(info(getoond), c)).toBe('Cel in Tarwewijk: 238 zaken in 3e kwartaal 2026');
    expect(RGW_GROEP.tooltip?.(info(onderdrukt), c)).toBe(
      'Cel in Tarwewijk: minder dan 5 zaken in 3e kwartaal 2026',
    );
  });
});
