/** Tests of the RGW table rows: keys, names, classes, and suppressed counts that sort between zero and the smallest shown count. */
import { describe, expect, it } from 'vitest';
import type { Telling } from '../contract/common';
import { maakKlassen } from './rgw-klassen';
import {
  leesRgwSleutel,
  rgwSleutel,
  rijenVoorBuurten,
  rijenVoorCellen,
  rijenVoorFocusgebieden,
  sorteerWaarde,
  MINDER_DAN_5,
  tellingTekst,
} from './rgw-tabel';

// Four counts: two classes, 5 – 89 and 90 of meer.
const KLASSEN = Object.freeze(maakKlassen([12, 40, 90, 200], 5));

const CELLEN = Object.freeze([
  Object.freeze({ h3: '881f1d4a5bfffff', onderdrukt: false as const, aantal: 40 }),
  Object.freeze({ h3: '881f1d4a13fffff', onderdrukt: true as const }),
]);

describe('sleutels', () => {
  it('maakt en leest sleutels per soort gebied', () => {
    expect(rgwSleutel('h3', '881f1d4a5bfffff')).toBe('rgw-h3:881f1d4a5bfffff');
    expect(leesRgwSleutel('rgw-buurt:BU05991571')).toEqual({ soort: 'buurt', code: 'BU05991571' });
    expect(leesRgwSleutel('rgw-focus:tarwewijk')).toEqual({ soort: 'focusgebied', code: 'tarwewijk' });
    expect(leesRgwSleutel('pc4:3084')).toBeNull();
    expect(leesRgwSleutel(null)).toBeNull();
  });
});

describe('rijen', () => {
  it('noemt een cel naar de buurt van haar midden en geeft een onderdrukte cel geen klasse', () => {
    const rijen = rijenVoorCellen(CELLEN, KLASSEN, (h3) => (h3.startsWith('881f1d4a5') ? 'Tarwewijk' : null));
    expect(rijen.map((r) => [r.sleutel, r.naam, r.klasse])).toEqual([
      ['rgw-h3:881f1d4a5bfffff', 'Cel in Tarwewijk', 0],
      ['rgw-h3:881f1d4a13fffff', 'Cel 881f1d4a13fffff', 'onderdrukt'],
    ]);
    expect(rijen[1]?.telling).toEqual({ onderdrukt: true });
  });

  it('neemt buurten en focusgebieden over met hun naam', () => {
    const buurten = rijenVoorBuurten(
      Object.freeze([{ buurt: 'BU05991571', telling: { onderdrukt: false as const, aantal: 218 } }]),
      KLASSEN,
      () => 'Tarwewijk',
    );
    expect(buurten[0]).toMatchObject({ sleutel: 'rgw-buurt:BU05991571', naam: 'Tarwewijk', klasse: 1 });
    const focus = rijenVoorFocusgebieden(
      Object.freeze([
        { code: 'carnisse' as const, naam: 'Carnisse', telling: { onderdrukt: true as const } },
      ]),
      KLASSEN,
    );
    expect(focus[0]).toMatchObject({ sleutel: 'rgw-focus:carnisse', naam: 'Carnisse', klasse: 'onderdrukt' });
  });
});

describe('sorteren en tekst', () => {
  const tellingen: Telling[] = [
    { onderdrukt: false, aantal: 5 },
    { onderdrukt: true },
    { onderdrukt: false, aantal: 0 },
  ];

  it('zet onderdrukt (0 tot 5) onder het kleinste getoonde aantal', () => {
    const gesorteerd = [...tellingen].sort((a, b) => sorteerWaarde(a, 5) - sorteerWaarde(b, 5));
    expect(gesorteerd).toEqual([
      { onderdrukt: false, aantal: 0 },
      { onderdrukt: true },
      { onderdrukt: false, aantal: 5 },
    ]);
  });

  it('schrijft "minder dan 5", nooit 0', () => {
    expect(tellingTekst({ onderdrukt: true })).toBe(MINDER_DAN_5);
    expect(MINDER_DAN_5).toBe('minder dan 5');
    expect(tellingTekst({ onderdrukt: false, aantal: 1234 })).toBe('1.234');
  });
});
