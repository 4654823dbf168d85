/** Public reference endpoints (meta, organisations, areas), individual homes, routing errors and the whole-API leak sweep. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rol } from '../../src/contract/common';
import { FoutAntwoord } from '../../src/contract/common';
import {
  BuurtenAntwoord,
  GebiedAntwoord,
  IndividueleWoningenAntwoord,
  Pc4Antwoord,
  WijkenAntwoord,
} from '../../src/contract/gebied';
import { MetaAntwoord } from '../../src/contract/meta';
import { OrganisatiesAntwoord } from '../../src/contract/organisatie';
import { RgwZaak } from '../../src/contract/rgw';
import { Voorziening } from '../../src/contract/voorziening';
import { MINIMUM_TELLING } from '../../src/domain/privacy';
import {
  ROLLEN,
  type Sessie,
  alleObjecten,
  gebruikMockApi,
  haal,
  sessieVoor,
  testDataset,
} from './api-test-helpers';

gebruikMockApi();
const dataset = testDataset();
const sessies = {} as Record<Rol, Sessie>;
beforeAll(async () => {
  for (const rol of ROLLEN) sessies[rol] = await sessieVoor(rol);
});

describe.each(ROLLEN)('public endpoints as %s', (rol) => {
  const token = () => sessies[rol].token;

  it('GET /api/meta', async () => {
    const ruw = await haal('/api/meta', { token: token() });
    expect(ruw.status).toBe(200);
    const meta = MetaAntwoord.parse(ruw.json);
    expect(meta).toMatchObject({
      modus: 'server',
      seed: dataset.seed,
      aantallen: {
        voorzieningen: dataset.voorzieningen.length,
        zorgaanbieders: 23,
        rgwZaken: dataset.rgw.zaken.length,
      },
    });
    expect(meta.bron.peildatum).toBe(dataset.peildatum);
    expect(ruw.headers.get('vary')).toBe('Authorization');
  });

  it('GET /api/organisaties: the 23 care providers, not the municipality', async () => {
    const { organisaties } = OrganisatiesAntwoord.parse(
      (await haal('/api/organisaties', { token: token() })).json,
    );
    expect(organisaties).toEqual(dataset.zorgaanbieders);
    expect(organisaties).toHaveLength(23);
  });

  it.each([
    ['buurten', BuurtenAntwoord, dataset.buurten.length],
    ['wijken', WijkenAntwoord, dataset.wijken.length],
    ['pc4', Pc4Antwoord, dataset.pc4.length],
  ] as const)('GET /api/gebieden/%s', async (type, schema, aantal) => {
    const ruw = await haal(`/api/gebieden/${type}`, { token: token() });
    expect(ruw.status).toBe(200);
    expect(schema.parse(ruw.json).gebieden).toHaveLength(aantal);
  });

  it('GET /api/gebieden/:type/:code', async () => {
    for (const [type, gebied] of [
      ['buurten', dataset.buurten[0]],
      ['wijken', dataset.wijken[0]],
      ['pc4', dataset.pc4[0]],
    ] as const) {
      const ruw = await haal(`/api/gebieden/${type}/${gebied?.code}`, { token: token() });
      expect(ruw.status).toBe(200);
      expect(GebiedAntwoord.parse(ruw.json).gebied).toEqual(gebied);
    }
  });

  it.each([
    ['/api/gebieden/straten', 400, 'ongeldige_invoer', 'type'],
    ['/api/gebieden/straten/123', 400, 'ongeldige_invoer', 'type'],
    ['/api/gebieden/buurten/BU1', 400, 'ongeldige_invoer', 'code'],
    ['/api/gebieden/buurten/3084', 400, 'ongeldige_invoer', 'code'],
    ['/api/gebieden/wijken/BU05991081', 400, 'ongeldige_invoer', 'code'],
    ['/api/gebieden/pc4/3084NP', 400, 'ongeldige_invoer', 'code'],
    ['/api/gebieden/buurten/BU05999999', 404, 'niet_gevonden', undefined],
    ['/api/gebieden/wijken/WK059999', 404, 'niet_gevonden', undefined],
    ['/api/gebieden/pc4/9999', 404, 'niet_gevonden', undefined],
  ] as const)('%s → %i', async (pad, status, code, field) => {
    const ruw = await haal(pad, { token: token() });
    expect(ruw.status).toBe(status);
    const { error } = FoutAntwoord.parse(ruw.json);
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });
});

describe('GET /api/individuele-woningen', () => {
  it('draagkrachtscan: suppressible counts for every buurt, none below the minimum', async () => {
    const ruw = await haal('/api/individuele-woningen', { token: sessies.draagkrachtscan.token });
    expect(ruw.status).toBe(200);
    expect(ruw.headers.get('cache-control')).toBe('no-store');
    const antwoord = IndividueleWoningenAntwoord.parse(ruw.json);
    expect(antwoord.minimum).toBe(MINIMUM_TELLING);
    expect(antwoord.buurten.map((b) => b.buurt)).toEqual(dataset.buurten.map((b) => b.code));
    let onderdrukt = 0;
    for (const b of antwoord.buurten) {
      const echt = dataset.individueleWoningen.get(b.buurt) ?? { zelfstandigMetHuurzorg: 0, wonenEerst: 0 };
      for (const soort of ['zelfstandigMetHuurzorg', 'wonenEerst'] as const) {
        const t = b[soort];
        if (t.onderdrukt) {
          expect(t).toEqual({ onderdrukt: true });
          expect(echt[soort]).toBeLessThan(MINIMUM_TELLING);
          onderdrukt++;
        } else {
          expect(t.aantal).toBeGreaterThanOrEqual(MINIMUM_TELLING);
          expect(t.aantal).toBe(echt[soort]);
        }
      }
    }
    expect(onderdrukt).toBeGreaterThan(0);
  });

  it.each(['publiek', 'zorgaanbieder'] as const)('%s → 403 geen_toegang', async (rol) => {
    const ruw = await haal('/api/individuele-woningen', { token: sessies[rol].token });
    expect(ruw.status).toBe(403);
    expect(FoutAntwoord.parse(ruw.json).error.code).toBe('geen_toegang');
    expect(ruw.tekst).not.toMatch(/BU0599/);
  });
});

describe('routing', () => {
  it.each(['/api/bestaat-niet', '/api', '/api/voorzieningen/vz-001/extra', '/api/rgw', '/api/gebieden'])(
    'GET %s → 404 onbekende_route',
    async (pad) => {
      const ruw = await haal(pad);
      expect(ruw.status).toBe(404);
      expect(FoutAntwoord.parse(ruw.json).error.code).toBe('onbekende_route');
    },
  );

  it.each([
    ['GET', '/api/auth/demo-login', 'POST'],
    ['DELETE', '/api/voorzieningen', 'GET'],
    ['POST', '/api/voorzieningen/vz-001', 'GET'],
    ['PUT', '/api/gebieden/buurten', 'GET'],
    ['PATCH', '/api/rgw/dichtheid', 'GET'],
    ['POST', '/api/meta', 'GET'],
  ])('%s %s → 405 with Allow: %s', async (methode, pad, toegestaan) => {
    const ruw = await haal(pad, { methode, ...(methode === 'GET' ? {} : { body: '{}' }) });
    expect(ruw.status).toBe(405);
    expect(ruw.headers.get('allow')).toBe(toegestaan);
    expect(FoutAntwoord.parse(ruw.json).error.code).toBe('methode_niet_toegestaan');
  });
});

describe('leak sweep over every GET endpoint', () => {
  const PADEN = [
    '/api/auth/sessie',
    '/api/meta',
    '/api/organisaties',
    '/api/voorzieningen',
    ...dataset.voorzieningen.map((v) => `/api/voorzieningen/${v.id}`),
    '/api/gebieden/buurten',
    '/api/gebieden/wijken',
    '/api/gebieden/pc4',
    '/api/individuele-woningen',
    '/api/rgw/dichtheid',
    '/api/rgw/dichtheid?niveau=buurt',
    '/api/rgw/dichtheid?niveau=h3&resolutie=9',
    '/api/rgw/kerncijfers',
  ];

  it.each(ROLLEN)('%s: no Voorziening or RgwZaak record, no case id, on any answer', async (rol) => {
    for (const pad of PADEN) {
      const ruw = await haal(pad, { token: sessies[rol].token });
      expect([200, 403, 404], pad).toContain(ruw.status);
      expect(/rgw-[0-9]{7}/.test(ruw.tekst), pad).toBe(false);
      for (const obj of alleObjecten(ruw.json)) {
        expect(Voorziening.safeParse(obj).success, pad).toBe(false);
        expect(RgwZaak.safeParse(obj).success, pad).toBe(false);
      }
    }
  });

  // The draagkrachtscan's reads (its dossiers need a store: tests/api/draagkrachtscan.test.ts). A care provider and
  // publiek get a refusal; the municipality's roles no record, no case, no confidential location with a position.
  const vertrouwelijk = dataset.voorzieningen.filter((v) => v.vertrouwelijk);
  const plek = dataset.voorzieningen.find((v) => !v.vertrouwelijk)?.positie ?? [4.48, 51.92];
  const SCAN_PADEN = [
    `/api/draagkrachtscan/analyse?lon=${plek[0]}&lat=${plek[1]}&ringen=250,1000,5000&capaciteit=24`,
    // A site about 70 m from each confidential location: nothing in the answer may place it.
    ...vertrouwelijk.map(
      (v) => `/api/draagkrachtscan/analyse?lon=${(v.positie[0] + 0.001).toFixed(6)}&lat=${v.positie[1]}`,
    ),
    `/api/draagkrachtscan/adressen?q=${encodeURIComponent('92500, 436000')}`,
  ];
  it.each(ROLLEN)('%s: the scan reads leak no record, case or confidential address', async (rol) => {
    const verwacht = rol === 'publiek' ? 401 : rol === 'zorgaanbieder' ? 403 : 200;
    for (const pad of SCAN_PADEN) {
      const ruw = await haal(pad, { token: sessies[rol].token });
      expect(ruw.status, pad).toBe(verwacht);
      expect(/rgw-[0-9]{7}/.test(ruw.tekst), pad).toBe(false);
      for (const v of vertrouwelijk) {
        expect(ruw.tekst, pad).not.toContain(v.adres.straat);
        expect(ruw.tekst, pad).not.toContain(`${v.positie[0]},${v.positie[1]}`);
        expect(ruw.tekst, pad).not.toContain(v.id);
      }
      for (const obj of alleObjecten(ruw.json)) {
        expect(Voorziening.safeParse(obj).success, pad).toBe(false);
        expect(RgwZaak.safeParse(obj).success, pad).toBe(false);
      }
    }
  });
});
