/** The session store against the real mock handlers: login, persistence in sessionStorage, expiry and logout. */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maakHandlers } from '../../mock-api/handlers';
import { ApiFout } from './client';
import { maakSessieOpslag } from './sessie';

const BASIS = 'http://hkd.test';
let klok = new Date('2026-11-20T09:00:00Z');
const server = setupServer(...maakHandlers({ modus: 'server', basis: '*', nu: () => klok }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  klok = new Date('2026-11-20T09:00:00Z');
});
afterAll(() => server.close());

function geheugenOpslag(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  inhoud: Map<string, string>;
} {
  const inhoud = new Map<string, string>();
  return {
    inhoud,
    getItem: (k) => inhoud.get(k) ?? null,
    setItem: (k, v) => void inhoud.set(k, v),
    removeItem: (k) => void inhoud.delete(k),
  };
}

describe('maakSessieOpslag', () => {
  it('begint publiek en onthoudt een inlog voor een volgende start in hetzelfde tabblad', async () => {
    const opslag = geheugenOpslag();
    const nu = () => klok.getTime();
    const eerste = maakSessieOpslag({ opslag, basisUrl: BASIS, nu });
    expect(eerste.huidig().sessie.token).toBeNull();
    expect(eerste.huidig().sessie.gebruiker.rol).toBe('publiek');

    const sessie = await eerste.logIn({ rol: 'zorgaanbieder', organisatie: 'za-03' });
    expect(sessie.gebruiker).toMatchObject({ rol: 'zorgaanbieder', organisatie: { id: 'za-03' } });
    expect(opslag.inhoud.size).toBe(1);

    const tweede = maakSessieOpslag({ opslag, basisUrl: BASIS, nu });
    expect(tweede.huidig().sessie).toEqual(sessie);
    eerste.logUit();
    tweede.logUit();
    expect(opslag.inhoud.size).toBe(0);
  });

  it('negeert een beschadigde of verlopen opgeslagen sessie', () => {
    const opslag = geheugenOpslag();
    opslag.setItem('hkd-kaart.sessie', '{"token":');
    expect(maakSessieOpslag({ opslag }).huidig().sessie.token).toBeNull();
    opslag.setItem(
      'hkd-kaart.sessie',
      JSON.stringify({
        token: 'x',
        gebruiker: { rol: 'draagkrachtscan', naam: 'A', organisatie: null },
        verlooptOp: '2020-01-01T00:00:00Z',
      }),
    );
    expect(maakSessieOpslag({ opslag }).huidig().sessie.token).toBeNull();
    expect(opslag.inhoud.size).toBe(0);
  });

  it('geeft de Nederlandse fout van de API bij een onbekende organisatie, met het veld erbij', async () => {
    const opslag = maakSessieOpslag({ opslag: null, basisUrl: BASIS });
    const fout = await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-99' }).catch((f: unknown) => f);
    expect(fout).toBeInstanceOf(ApiFout);
    expect(fout).toMatchObject({ status: 400, code: 'ongeldige_invoer', field: 'organisatie' });
    expect(opslag.huidig().sessie.token).toBeNull();
  });

  it('logt uit met een melding als de API het token niet meer accepteert', async () => {
    const opslag = maakSessieOpslag({ opslag: null, basisUrl: BASIS, nu: () => klok.getTime() });
    await opslag.logIn({ rol: 'draagkrachtscan' });
    await opslag.controleer();
    expect(opslag.huidig().sessie.gebruiker.rol).toBe('draagkrachtscan');

    klok = new Date(klok.getTime() + 9 * 60 * 60 * 1000);
    await opslag.controleer();
    expect(opslag.huidig().sessie.token).toBeNull();
    expect(opslag.huidig().melding).toMatch(/sessie is verlopen/);
    opslag.logUit();
  });

  it('noemt een token dat de server niet uitgaf ongeldig, niet verlopen', async () => {
    const opslag = geheugenOpslag();
    const nu = () => klok.getTime();
    const echt = maakSessieOpslag({ opslag, basisUrl: BASIS, nu });
    const sessie = await echt.logIn({ rol: 'draagkrachtscan' });
    // The same stored session with its signature changed: the server refuses it as invalid.
    const [kop, lading] = (sessie.token ?? '').split('.');
    opslag.setItem('hkd-kaart.sessie', JSON.stringify({ ...sessie, token: `${kop}.${lading}.vervalst` }));
    const vervalst = maakSessieOpslag({ opslag, basisUrl: BASIS, nu });
    await vervalst.controleer();
    expect(vervalst.huidig().sessie.token).toBeNull();
    expect(vervalst.huidig().melding).toMatch(/sessie is niet geldig/);
    expect(vervalst.huidig().melding).not.toMatch(/verlopen/);
    echt.logUit();
  });
});
