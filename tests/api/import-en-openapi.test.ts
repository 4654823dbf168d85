/**
 * The import endpoints for beheer through the mock API (MSW) on a PGlite store, and the OpenAPI document: served,
 * committed and complete.
 */
import { readFileSync } from 'node:fs';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PADEN } from '../../src/contract/endpoints';
import { MetaAntwoord } from '../../src/contract/meta';
import { ImportRapport, MAX_IMPORT_BYTES, VOORZIENING_KOLOMMEN } from '../../src/contract/import';
import { maakHandlers } from '../../mock-api/handlers';
import { bodyLimiet } from '../../mock-api/http/invoer';
import { koppelOpslag, type OpslagKoppeling } from '../../mock-api/store/koppeling';
import { testDatabases } from '../../mock-api/store/test-databases';
import type { Verbinding } from '../../mock-api/store/verbinding';
import { OPENAPI_BESTAND, openapiTekst } from '../../scripts/openapi';
import {
  BASIS,
  haal,
  login,
  START_TIJD,
  TEST_GEHEIM,
  testDataset,
  testZorgaanbieder,
} from './api-test-helpers';

const [pglite] = testDatabases();
let db: Verbinding;
let koppeling: OpslagKoppeling;
const server = setupServer();
beforeAll(async () => {
  db = await pglite!.maak('demodata');
  koppeling = koppelOpslag(db, testDataset());
  server.use(
    ...maakHandlers({
      modus: 'server',
      dataset: testDataset(),
      geheim: TEST_GEHEIM,
      nu: () => START_TIJD,
      opslag: koppeling,
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
}, 300_000);
afterAll(async () => {
  server.close();
  await koppeling.audit.stop();
  await db.sluit();
});

const DRIE = [
  VOORZIENING_KOLOMMEN.join(';'),
  'LOC-1;De Hoek;Stichting Maashaven Zorg;Voorbeeldstraat;12;a;3072AB;Beschermd wonen;Psychiatrische problematiek;24;1;01-03-2024;nee;93500;436000',
  'LOC-2;Het Anker;Nieuwe Zorg BV;Dorpsweg;5;;3074AB;opvang;dak-en-thuislozen;12;0;2024-05-01;nee;93200;434300',
  'LOC-3;Veilige Plek;Nieuwe Zorg BV;Geheimelaan;1;;3014AA;Opvang;Slachtoffers huiselijk geweld;8;0;;ja;92000;437000',
].join('\r\n');

function importeer(modus: string, body: string, token: string | null) {
  return haal(`${PADEN.importVoorzieningen}?modus=${modus}`, {
    methode: 'POST',
    body,
    token,
    headers: { 'Content-Type': 'text/csv' },
  });
}

describe('POST /api/beheer/import/voorzieningen', () => {
  it('alleen beheer: 401 zonder inloggen, 403 voor andere rollen', async () => {
    expect((await importeer('proef', DRIE, null)).status).toBe(401);
    const scan = await login({ rol: 'draagkrachtscan' });
    const za = await login({ rol: 'zorgaanbieder', organisatie: testZorgaanbieder() });
    for (const token of [scan, za]) {
      const r = await importeer('proef', DRIE, token);
      expect(r.status).toBe(403);
      expect(r.json).toMatchObject({ error: { code: 'geen_toegang' } });
    }
  });

  it('proef, dan uitvoeren, dan nog eens: 3 toegevoegd, daarna 0 gewijzigd', async () => {
    const token = await login({ rol: 'beheer' });
    const bronVoor = async () => MetaAntwoord.parse((await haal('/api/meta')).json).bron.dataset;
    expect(await bronVoor()).toBe('demodata');
    const proef = await importeer('proef', DRIE, token);
    expect(proef.status, proef.tekst).toBe(200);
    expect(ImportRapport.parse(proef.json)).toMatchObject({
      modus: 'proef',
      uitgevoerd: false,
      toegevoegd: 3,
    });
    const echt = ImportRapport.parse((await importeer('uitvoeren', DRIE, token)).json);
    expect(echt).toMatchObject({ uitgevoerd: true, toegevoegd: 3, nieuweOrganisaties: ['Nieuwe Zorg BV'] });
    const weer = ImportRapport.parse((await importeer('uitvoeren', DRIE, token)).json);
    expect(weer).toMatchObject({ toegevoegd: 0, gewijzigd: 0, ongewijzigd: 3 });
    const audit = await db.query<{ rol: string }>("SELECT rol FROM audit WHERE wat = 'import'");
    expect(audit.rows.map((r) => r.rol)).toEqual(['beheer', 'beheer']);
    // Real rows in the store: the answers no longer claim to be demodata (the header follows).
    expect(await bronVoor()).toBe('gemeente');
  });

  it('een foute rij: het rapport noemt regel en kolom, er verandert niets', async () => {
    const token = await login({ rol: 'beheer' });
    const voor = await db.query('SELECT count(*)::int AS n FROM voorziening');
    const fout = DRIE.replace(';24;1;', ';nul;1;');
    const r = ImportRapport.parse((await importeer('uitvoeren', fout, token)).json);
    expect(r.uitgevoerd).toBe(false);
    expect(r.fouten).toEqual([
      { regel: 2, kolom: 'capaciteit', waarde: 'nul', melding: '"nul" is geen positief geheel getal' },
    ]);
    expect((await db.query('SELECT count(*)::int AS n FROM voorziening')).rows).toEqual(voor.rows);
  });

  it('een onbekende modus is een 400; een te groot bestand een 413', async () => {
    const token = await login({ rol: 'beheer' });
    expect((await importeer('snel', DRIE, token)).status).toBe(400);
    const groot = await haal(`${PADEN.importVoorzieningen}?modus=proef`, {
      methode: 'POST',
      token,
      body: 'x'.repeat(MAX_IMPORT_BYTES + 1),
    });
    expect(groot.status).toBe(413);
    expect(groot.json).toMatchObject({
      error: { code: 'verzoek_te_groot', message: 'de body is te groot: hooguit 5 MB' },
    });
    // The HTTP server's own limit: 5 MB for this route only, 64 KB elsewhere.
    expect(bodyLimiet(PADEN.importVoorzieningen)).toBe(MAX_IMPORT_BYTES);
    expect(bodyLimiet(PADEN.login)).toBe(64 * 1024);
  });

  it('het sjabloon als CSV en XLSX, alleen voor beheer', async () => {
    const token = await login({ rol: 'beheer' });
    const csv = await haal(PADEN.importSjabloonCsv, { token });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.tekst.replace(/^\ufeff/, '').split('\r\n')[0]).toBe(VOORZIENING_KOLOMMEN.join(';'));
    const xlsx = await fetch(BASIS + PADEN.importSjabloonXlsx, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(xlsx.status).toBe(200);
    expect([...new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect((await haal(PADEN.importSjabloonCsv)).status).toBe(401);
  });
});

describe('zonder opslag (de browserdemo)', () => {
  it('antwoordt 503 "niet beschikbaar in de browserdemo"', async () => {
    const basis = 'http://zonder.test';
    const zonder = setupServer(
      ...maakHandlers({ modus: 'server', basis, geheim: TEST_GEHEIM, nu: () => START_TIJD }),
    );
    server.close();
    zonder.listen({ onUnhandledRequest: 'error' });
    try {
      const token = await login({ rol: 'beheer' }, basis);
      const r = await haal(
        `${PADEN.importVoorzieningen}?modus=proef`,
        { methode: 'POST', body: DRIE, token },
        basis,
      );
      expect(r.status).toBe(503);
      expect(r.json).toMatchObject({
        error: {
          code: 'niet_beschikbaar',
          message: expect.stringMatching(/niet beschikbaar in de browserdemo/) as string,
        },
      });
    } finally {
      zonder.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('OpenAPI', () => {
  it('wordt geserveerd op /api/openapi.json en is gelijk aan het vastgelegde docs/openapi.json', async () => {
    const r = await haal(PADEN.openapi);
    expect(r.status).toBe(200);
    const vastgelegd = readFileSync(OPENAPI_BESTAND, 'utf8');
    expect(vastgelegd, 'docs/openapi.json is verouderd: draai npm run openapi').toBe(await openapiTekst());
    expect(r.json).toEqual(JSON.parse(vastgelegd));
  });

  it('bevat elk pad uit PADEN, met zijn methode, de 4xx als FoutAntwoord en bearer-beveiliging', () => {
    type Operatie = {
      responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
      security: unknown[];
    };
    const doc = JSON.parse(readFileSync(OPENAPI_BESTAND, 'utf8')) as {
      openapi: string;
      paths: Record<string, Record<string, Operatie>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toEqual({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    for (const pad of Object.values(PADEN)) {
      const item = doc.paths[pad.replace(/:([a-zA-Z]+)/g, '{$1}')];
      expect(item, pad).toBeDefined();
      for (const operatie of Object.values(item ?? {})) {
        expect(operatie.responses['200'] ?? operatie.responses['201'], pad).toBeDefined();
        expect(operatie.security.length, pad).toBeGreaterThan(0);
        for (const [status, antwoord] of Object.entries(operatie.responses)) {
          if (status.startsWith('4')) {
            expect(antwoord.content?.['application/json']?.schema, `${pad} ${status}`).toEqual({
              $ref: '#/components/schemas/FoutAntwoord',
            });
          }
        }
      }
    }
    expect(Object.keys(doc.paths['/api/beheer/import/voorzieningen'] ?? {})).toEqual(['post']);
  });
});
