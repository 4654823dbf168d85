/** "Kies een punt op de kaart": only while it is on does a click on the map become a scan point, once. */
import type { PickingInfo } from '@deck.gl/core';
import { afterEach, describe, expect, it } from 'vitest';
import { kiesPuntAan, leesScanPunt, zetKiesPunt } from '../../kenmerken/draagkrachtscan/kies-punt';
import { SCAN_GROEP } from './draagkrachtscan-groep';

const KLIK = Object.freeze({ picked: false, coordinate: [4.483688, 51.892679] }) as unknown as PickingInfo;

afterEach(() => zetKiesPunt(false));

describe('SCAN_GROEP.kies', () => {
  it('laat een klik met rust zolang kiezen uit staat', () => {
    expect(SCAN_GROEP.kies?.(KLIK, {} as never)).toBeUndefined();
  });

  it('maakt van één klik een scanpunt, en zet kiezen dan uit', () => {
    zetKiesPunt(true);
    const sleutel = SCAN_GROEP.kies?.(KLIK, {} as never) ?? null;
    expect(sleutel).toBe('scan-punt:4.48369,51.89268');
    expect(leesScanPunt(sleutel)).toEqual([4.48369, 51.89268]);
    expect(kiesPuntAan()).toBe(false);
    expect(SCAN_GROEP.kies?.(KLIK, {} as never)).toBeUndefined();
  });

  it.each([null, 'adres:4.1,51.9', 'scan-punt:x,y'])('leest geen punt uit %s', (sleutel) => {
    expect(leesScanPunt(sleutel)).toBeNull();
  });
});
