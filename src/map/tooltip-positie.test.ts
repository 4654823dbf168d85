/** Tests of the tooltip placement: beside the pointer, flipped at the right and bottom edges, clamped inside the map. */
import { describe, expect, it } from 'vitest';
import { TOOLTIP_AFSTAND as A, TOOLTIP_RAND as R, tooltipPositie, type Maat } from './tooltip-positie';

const KAART: Maat = Object.freeze({ breedte: 800, hoogte: 600 });
const TIP: Maat = Object.freeze({ breedte: 200, hoogte: 60 });

describe('tooltipPositie', () => {
  it.each([
    ['midden: rechtsonder de aanwijzer', [400, 300], [400 + A, 300 + A]],
    ['rechterrand: links van de aanwijzer', [750, 300], [750 - A - 200, 300 + A]],
    ['onderrand: boven de aanwijzer', [400, 580], [400 + A, 580 - A - 60]],
    ['hoek rechtsonder: linksboven', [790, 590], [790 - A - 200, 590 - A - 60]],
    ['linksboven in de hoek', [0, 0], [A, A]],
  ] satisfies [string, [number, number], [number, number]][])('%s', (_naam, punt, verwacht) => {
    expect(tooltipPositie(Object.freeze(punt) as [number, number], TIP, KAART)).toEqual(verwacht);
  });

  it('blijft altijd binnen de kaart, ook als hij aan geen van beide kanten past', () => {
    const smal: Maat = { breedte: 300, hoogte: 100 };
    for (const x of [0, 50, 150, 250, 299]) {
      for (const y of [0, 40, 99]) {
        const [tx, ty] = tooltipPositie([x, y], { breedte: 200, hoogte: 60 }, smal);
        expect(tx).toBeGreaterThanOrEqual(R);
        expect(tx + 200).toBeLessThanOrEqual(300 - R);
        expect(ty).toBeGreaterThanOrEqual(R);
        expect(ty + 60).toBeLessThanOrEqual(100 - R);
      }
    }
  });

  it('groter dan de kaart: vast aan de linker- en bovenrand, zodat het begin leesbaar blijft', () => {
    expect(tooltipPositie([100, 50], { breedte: 500, hoogte: 300 }, { breedte: 400, hoogte: 200 })).toEqual([
      R,
      R,
    ]);
  });
});
