/** Tests of the API client: bearer token, schema parsing, typed errors for error bodies, network failures and role mismatch. */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiFout, bestandsnaamUit, haalBestand, vraag } from './client';

const BASIS = 'http://api.test';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const Antwoord = z.strictObject({ rol: z.literal('publiek'), n: z.int() });

async function fout(belofte: Promise<unknown>): Promise<ApiFout> {
  try {
    await belofte;
  } catch (f) {
    if (f instanceof ApiFout) return f;
    throw f;
  }
  throw new Error('verwachtte een ApiFout');
}

describe('vraag', () => {
  it('stuurt het token mee en geeft het geparste antwoord', async () => {
    let kop: string | null = null;
    server.use(
      http.get(`${BASIS}/api/x`, ({ request }) => {
        kop = request.headers.get('authorization');
        return HttpResponse.json({ rol: 'publiek', n: 3 });
      }),
    );
    await expect(vraag('/api/x', Antwoord, { basisUrl: BASIS, token: 'abc' })).resolves.toEqual({
      rol: 'publiek',
      n: 3,
    });
    expect(kop).toBe('Bearer abc');
  });

  it('zet queryparameters en laat lege weg', async () => {
    let zoek = '';
    server.use(
      http.get(`${BASIS}/api/x`, ({ request }) => {
        zoek = new URL(request.url).search;
        return HttpResponse.json({ rol: 'publiek', n: 1 });
      }),
    );
    await vraag('/api/x', Antwoord, {
      basisUrl: BASIS,
      query: { postcode: '3084', woonvorm: undefined, bbox: '' },
    });
    expect(zoek).toBe('?postcode=3084');
  });

  it('maakt van een FoutAntwoord een getypeerde ApiFout', async () => {
    server.use(
      http.get(`${BASIS}/api/x`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'ongeldige_invoer',
              message: 'postcode "30A4" is geen geldige postcode',
              field: 'postcode',
            },
          },
          { status: 400 },
        ),
      ),
    );
    const f = await fout(vraag('/api/x', Antwoord, { basisUrl: BASIS }));
    expect(f).toMatchObject({
      code: 'ongeldige_invoer',
      status: 400,
      field: 'postcode',
      message: 'postcode "30A4" is geen geldige postcode',
    });
  });

  it('geeft bij een 5xx zonder foutbody een Nederlandse serverfout', async () => {
    server.use(http.get(`${BASIS}/api/x`, () => new HttpResponse('kapot', { status: 502 })));
    const f = await fout(vraag('/api/x', Antwoord, { basisUrl: BASIS }));
    expect(f.code).toBe('serverfout');
    expect(f.status).toBe(502);
    expect(f.message).toMatch(/Probeer het later opnieuw/);
  });

  it('geeft bij een netwerkfout een Nederlandse melding', async () => {
    server.use(http.get(`${BASIS}/api/x`, () => HttpResponse.error()));
    const f = await fout(vraag('/api/x', Antwoord, { basisUrl: BASIS }));
    expect(f).toMatchObject({ code: 'netwerkfout', status: 0 });
    expect(f.message).toMatch(/Geen verbinding/);
  });

  it('weigert een antwoord dat niet aan het schema voldoet (een extra veld is een lek)', async () => {
    server.use(
      http.get(`${BASIS}/api/x`, () => HttpResponse.json({ rol: 'publiek', n: 1, adres: 'Kade 1' })),
    );
    const f = await fout(vraag('/api/x', Antwoord, { basisUrl: BASIS }));
    expect(f.code).toBe('ongeldig_antwoord');
  });

  it('weigert een antwoord voor een andere rol dan de ingelogde', async () => {
    server.use(http.get(`${BASIS}/api/x`, () => HttpResponse.json({ rol: 'draagkrachtscan', n: 1 })));
    const f = await fout(vraag('/api/x', Antwoord, { basisUrl: BASIS, verwachteRol: 'publiek' }));
    expect(f.code).toBe('onverwachte_rol');
    expect(f.message).toMatch(/ingelogd als "publiek"/);
  });

  it('stuurt een JSON-body bij POST', async () => {
    let body: unknown;
    server.use(
      http.post(`${BASIS}/api/x`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ rol: 'publiek', n: 2 });
      }),
    );
    await vraag('/api/x', Antwoord, { basisUrl: BASIS, methode: 'POST', body: { rol: 'draagkrachtscan' } });
    expect(body).toEqual({ rol: 'draagkrachtscan' });
  });
});

describe('bestandsnaamUit', () => {
  it.each([
    ['attachment; filename="draagkrachtscan-DKS-2026-0001-v1.pdf"', 'draagkrachtscan-DKS-2026-0001-v1.pdf'],
    ['attachment; filename=rapport.csv', 'rapport.csv'],
    ['attachment; filename="../../etc/passwd"', 'reserve.pdf'],
    ['attachment', 'reserve.pdf'],
    [null, 'reserve.pdf'],
  ])('%s → %s', (kop, naam) => {
    expect(bestandsnaamUit(kop, 'reserve.pdf')).toBe(naam);
  });
});

describe('haalBestand', () => {
  it('stuurt het token mee en geeft de bytes met de naam van de server', async () => {
    server.use(
      http.get(`${BASIS}/api/bestand`, ({ request }) =>
        request.headers.get('Authorization') === 'Bearer geheim'
          ? new HttpResponse('a;b\n', {
              headers: { 'Content-Disposition': 'attachment; filename="lijst.csv"' },
            })
          : HttpResponse.json({ error: { code: 'niet_ingelogd', message: 'Log in.' } }, { status: 401 }),
      ),
    );
    const bestand = await haalBestand('/api/bestand', 'reserve.csv', { token: 'geheim', basisUrl: BASIS });
    expect(bestand.naam).toBe('lijst.csv');
    expect(await bestand.blob.text()).toBe('a;b\n');
    await expect(haalBestand('/api/bestand', 'reserve.csv', { basisUrl: BASIS })).rejects.toMatchObject({
      status: 401,
      message: 'Log in.',
    });
  });
});
