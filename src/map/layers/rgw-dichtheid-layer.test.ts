/** Tests of the RGW density layer props: class colours from the ramp, suppressed areas hatched grey and never a class colour, and the outlines and labels. */
import { describe, expect, it } from 'vitest';
import { maakKlassen } from '../../domain/rgw-klassen';
import { rijenVoorCellen, rijenVoorFocusgebieden, type RgwRij } from '../../domain/rgw-tabel';
import { labelTekst, rgwTooltip } from '../../domain/rgw-kaart';
import { klasseKleur, ONDERDRUKT_ARCERING, ONDERDRUKT_VULLING, RGW_KLEUREN } from '../../stijl/kleuren';
import {
  achtergrondKleur,
  ARCERING_EXTENSIE,
  ARCERING_PATRONEN,
  omlijningProps,
  patroon,
  rgwH3Props,
  vulKleur,
} from './rgw-dichtheid-layer';

const AANTALLEN = [7, 12, 18, 29, 41, 56, 80, 110, 150, 238];
const KLASSEN = Object.freeze(maakKlassen(AANTALLEN, 5));
const RIJEN: readonly RgwRij[] = Object.freeze(
  rijenVoorCellen(
    Object.freeze([
      ...AANTALLEN.map((aantal, i) => ({
        h3: `88${String(i).padStart(13, '0')}`,
        onderdrukt: false as const,
        aantal,
      })),
      { h3: '881f1d4a13fffff', onderdrukt: true as const },
    ]),
    KLASSEN,
    () => 'Tarwewijk',
  ).map((r) => Object.freeze(r)),
);
const ONDERDRUKT = RIJEN.find((r) => r.klasse === 'onderdrukt') as RgwRij;
const GETOOND = RIJEN.filter((r) => r.klasse !== 'onderdrukt');

function gelijk(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

describe('kleuren', () => {
  it('kleurt elke getoonde cel met een kleur uit de reeks, oplopend met het aantal', () => {
    const kleuren = GETOOND.map((r) => vulKleur(r, KLASSEN));
    for (const k of kleuren) expect(RGW_KLEUREN.some((r) => gelijk(r, k))).toBe(true);
    const stappen = kleuren.map((k) => RGW_KLEUREN.findIndex((r) => gelijk(r, k)));
    expect([...stappen].sort((a, b) => a - b)).toEqual(stappen);
    expect(new Set(stappen).size).toBe(KLASSEN.ondergrenzen.length);
  });

  it('kleurt een onderdrukte cel nooit als een klasse, ook niet de laagste: grijs met arcering', () => {
    const kleur = vulKleur(ONDERDRUKT, KLASSEN);
    for (const k of RGW_KLEUREN) expect(gelijk(k, kleur)).toBe(false);
    for (let n = 1; n <= 5; n++) {
      for (let i = 0; i < n; i++) {
        expect(gelijk(klasseKleur(i, n), kleur)).toBe(false);
        expect(gelijk(klasseKleur(i, n), achtergrondKleur(ONDERDRUKT))).toBe(false);
      }
    }
    expect(kleur).toBe(ONDERDRUKT_ARCERING);
    expect(achtergrondKleur(ONDERDRUKT)).toBe(ONDERDRUKT_VULLING);
    expect(patroon(ONDERDRUKT)).toBe('arcering');
    expect(Object.keys(ARCERING_PATRONEN)).toEqual(['arcering']);
  });

  it('arceert getoonde cellen niet en geeft ze geen grijze achtergrond', () => {
    for (const r of GETOOND) {
      expect(patroon(r)).toBe('geen');
      expect(achtergrondKleur(r)[3]).toBe(0);
    }
  });
});

describe('rgwH3Props', () => {
  const props = rgwH3Props(RIJEN, KLASSEN, { zichtbaar: true });

  it('tekent de rijen van de tabel zelf, klikbaar, als polygonen met de arceer-extensie', () => {
    expect(props).toMatchObject({ id: 'rgw-h3', pickable: true, visible: true, highPrecision: true });
    expect(props.data).toBe(RIJEN);
    expect(props.extensions).toEqual([ARCERING_EXTENSIE]);
    expect(props.fillPatternMapping).toBe(ARCERING_PATRONEN);
    expect(props.fillPatternSizeUnits).toBe('pixels');
    expect(RIJEN.map(props.getHexagon)).toEqual(RIJEN.map((r) => r.code));
    expect(props.getFillPattern(ONDERDRUKT)).toBe('arcering');
  });

  it('kan worden verborgen zonder de laag te verwijderen', () => {
    expect(rgwH3Props(RIJEN, KLASSEN, { zichtbaar: false }).visible).toBe(false);
  });
});

describe('vlakken', () => {
  const focus = Object.freeze(
    rijenVoorFocusgebieden(
      Object.freeze([
        {
          code: 'tarwewijk' as const,
          naam: 'Tarwewijk',
          telling: { onderdrukt: false as const, aantal: 218 },
        },
        {
          code: 'pendrecht-zuidwijk' as const,
          naam: 'Pendrecht-Zuidwijk',
          telling: { onderdrukt: true as const },
        },
      ]),
      KLASSEN,
    ),
  );

  it('schrijft de totalen zoals een bewoner ze leest', () => {
    expect(focus.map(labelTekst)).toEqual(['Tarwewijk\n218 zaken', 'Pendrecht-Zuidwijk\nminder dan 5']);
  });

  it('zegt in de tooltip het aantal met de periode, of waarom er geen getal is', () => {
    const kaart = { periode: 'in 3e kwartaal 2026', minimum: 5 };
    expect(rgwTooltip(focus[0] as RgwRij, kaart)).toBe('Tarwewijk: 218 zaken in 3e kwartaal 2026');
    expect(rgwTooltip(focus[1] as RgwRij, kaart)).toBe(
      'Pendrecht-Zuidwijk: minder dan 5 zaken in 3e kwartaal 2026',
    );
  });
});

describe('omlijningProps', () => {
  it('geeft een witte halo onder de lijn', () => {
    const [halo, lijn] = omlijningProps(
      'x',
      [
        {
          pad: [
            [4.4, 51.9],
            [4.5, 51.9],
          ],
        },
      ],
      { kleur: [1, 2, 3, 255], breedte: 3 },
    );
    expect(halo?.id).toBe('x-halo');
    expect(lijn?.id).toBe('x');
    expect(halo?.getWidth).toBeGreaterThan(lijn?.getWidth ?? Infinity);
  });
});
