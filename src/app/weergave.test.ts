import { describe, expect, it } from 'vitest';
import { leesWeergave, zoekVoorWeergave } from './weergave';

describe('weergave in de URL', () => {
  it.each([
    ['', 'kaart'],
    ['?weergave=monitor', 'monitor'],
    ['?lagen=rgw&weergave=monitor', 'monitor'],
    ['?weergave=iets', 'kaart'],
  ] as const)('%s → %s', (zoek, verwacht) => {
    expect(leesWeergave(zoek)).toBe(verwacht);
  });

  it("laat de parameters van de kaart staan en haalt 'weergave' weg voor de kaart", () => {
    expect(zoekVoorWeergave('?lagen=rgw', 'monitor')).toBe('?lagen=rgw&weergave=monitor');
    expect(zoekVoorWeergave('?lagen=rgw&weergave=monitor', 'kaart')).toBe('?lagen=rgw');
    expect(zoekVoorWeergave('?weergave=monitor', 'kaart')).toBe('');
  });
});
