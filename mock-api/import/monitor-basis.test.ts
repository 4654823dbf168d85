/**
 * The RGW baseline (docs/monitor.md): published city-wide totals from before the case register, shown as published.
 * A year the register counts itself is refused, so no exact total can stand beside its protected count.
 */
import { describe, expect, it } from 'vitest';
import { leesMonitorReeks } from './monitor-reeksen';

const KOP = 'jaar;meldingen_ongewenste_verhuur;meldingen_arbeidsmigranten;zaken_geopend;zaken_gesloten';
// A typed array cannot be frozen; each case gets bytes of its own.
const bestand = (regels: readonly string[]) =>
  new TextEncoder().encode(`\ufeff${[KOP, ...regels].join('\r\n')}\r\n`);

describe('RGW-basis: alleen gepubliceerde cijfers van vóór het zaakregister', () => {
  it.each(
    [
      { regels: ['2024;383;352;1.028;998'], fouten: [] },
      { regels: ['2023;300;280;900;880', '2024;383;352;1028;998'], fouten: [] },
      { regels: ['2025;400;360;1300;1200'], fouten: [{ regel: 2, kolom: 'jaar' }] },
      { regels: ['2024;383;352;1028;998', '2026;1;2;3;4'], fouten: [{ regel: 3, kolom: 'jaar' }] },
    ].map((c) => Object.freeze(c)),
  )('$regels', async ({ regels, fouten }) => {
    const uit = await leesMonitorReeks('rgwBasis', bestand(regels));
    expect(uit.fouten.map(({ regel, kolom }) => ({ regel, kolom }))).toEqual(fouten);
    for (const f of uit.fouten) expect(f.melding).toMatch(/telt het RGW-zaakregister zelf .*vóór 2025/);
  });

  it('heeft geen kolom per gebied: een focuswijk of buurt is een onbekende kolom', async () => {
    const met = new TextEncoder().encode(`${KOP};focuswijk\r\n2024;383;352;1028;998;Carnisse\r\n`);
    const uit = await leesMonitorReeks('rgwBasis', met);
    expect(uit.rijen).toEqual([]);
    expect(uit.fouten[0]?.melding).toMatch(/kolom "focuswijk" is onbekend/);
  });
});
