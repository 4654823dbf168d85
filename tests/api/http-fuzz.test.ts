/**
 * The HTTP server against what an attacker sends instead of HTTP: bad methods, bad Host headers, huge headers and
 * bodies, deep JSON, broken chunking, NUL bytes, plus garbage from fast-check. Every answer must be a JSON 4xx (or a
 * normal answer, when the garbage happens to be a valid request), and the server must answer /api/meta afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FoutAntwoord } from '../../src/contract/common';
import { MetaAntwoord } from '../../src/contract/meta';
import { type ApiServer, startApiServer } from '../../mock-api/server';
import { TEST_GEHEIM, testDataset } from './api-test-helpers';
import { type RauwAntwoord, stuurRauw } from './rauw-http';

let server: ApiServer;
let poort: number;
beforeAll(async () => {
  server = await startApiServer({ port: 0, dataset: testDataset(), geheim: TEST_GEHEIM });
  poort = Number(new URL(server.url).port);
});
afterAll(() => server.close());

const KB = 1024;

function verzoek(regel: string, kopregels: string[] = ['Host: 127.0.0.1'], body = ''): string {
  return `${regel}\r\n${kopregels.join('\r\n')}\r\n\r\n${body}`;
}

function jsonPost(body: string): string {
  return verzoek(
    'POST /api/auth/demo-login HTTP/1.1',
    ['Host: 127.0.0.1', 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`],
    body,
  );
}

/** A refusal as the contract describes it: a 4xx, a FoutAntwoord body, and the headers every API answer has. */
function verwachtJsonWeigering(antwoord: RauwAntwoord, status?: number) {
  const uitleg = `${antwoord.status} ${antwoord.body.slice(0, 200)}`;
  if (status === undefined) {
    expect(antwoord.status, uitleg).toBeGreaterThanOrEqual(400);
    expect(antwoord.status, uitleg).toBeLessThan(500);
  } else expect(antwoord.status, uitleg).toBe(status);
  expect(antwoord.headers.get('content-type'), uitleg).toMatch(/^application\/json/);
  expect(antwoord.headers.get('x-content-type-options')).toBe('nosniff');
  return FoutAntwoord.parse(JSON.parse(antwoord.body)).error;
}

async function verwachtDatHetDraait() {
  const antwoord = await stuurRauw(
    poort,
    verzoek('GET /api/meta HTTP/1.1', ['Host: 127.0.0.1', 'Connection: close']),
  );
  expect(antwoord.status).toBe(200);
  MetaAntwoord.parse(JSON.parse(antwoord.body));
}

describe('malformed requests get a JSON 4xx and the server keeps serving', () => {
  const gevallen: { naam: string; bytes: () => string | Uint8Array; status?: number }[] = [
    { naam: 'TRACE', bytes: () => verzoek('TRACE /api/meta HTTP/1.1'), status: 405 },
    { naam: 'PROPFIND', bytes: () => verzoek('PROPFIND /api/meta HTTP/1.1'), status: 405 },
    {
      naam: 'CONNECT',
      bytes: () => verzoek('CONNECT 127.0.0.1:22 HTTP/1.1', ['Host: 127.0.0.1:22']),
      status: 405,
    },
    { naam: 'a method node does not know', bytes: () => verzoek('FOO /api/meta HTTP/1.1'), status: 400 },
    { naam: 'lower-case method', bytes: () => verzoek('get /api/meta HTTP/1.1'), status: 400 },
    ...['a b', '[::1', '%%%', 'x:99999', 'x:-1', '', 'a/b', 'a@b'].map((host) => ({
      naam: `Host "${host}"`,
      bytes: () => verzoek('GET /api/meta HTTP/1.1', [`Host: ${host}`]),
      status: 400,
    })),
    { naam: 'no Host header', bytes: () => verzoek('GET /api/meta HTTP/1.1', []), status: 400 },
    {
      naam: 'two Host headers',
      bytes: () => verzoek('GET /api/meta HTTP/1.1', ['Host: a', 'Host: b']),
      status: 400,
    },
    {
      naam: 'headers over 16 KB',
      bytes: () => verzoek('GET /api/meta HTTP/1.1', ['Host: 127.0.0.1', `X-Groot: ${'a'.repeat(17 * KB)}`]),
      status: 431,
    },
    {
      naam: 'many small headers over 16 KB',
      bytes: () =>
        verzoek('GET /api/meta HTTP/1.1', [
          'Host: 127.0.0.1',
          ...Array.from({ length: 2000 }, (_, i) => `X-${i}: aaaaaaaa`),
        ]),
      status: 431,
    },
    { naam: 'a body over 64 KB', bytes: () => jsonPost(`{"rol":"${'a'.repeat(70 * KB)}"}`), status: 413 },
    {
      naam: 'a declared length over 64 KB, body never sent',
      bytes: () =>
        verzoek('POST /api/auth/demo-login HTTP/1.1', [
          'Host: 127.0.0.1',
          'Content-Type: application/json',
          `Content-Length: ${100 * 1024 * 1024}`,
        ]),
      status: 413,
    },
    {
      naam: 'a chunked body over 64 KB',
      bytes: () => {
        const stuk = 'a'.repeat(8 * KB);
        const stukken = Array.from({ length: 10 }, () => `${stuk.length.toString(16)}\r\n${stuk}\r\n`).join(
          '',
        );
        return verzoek(
          'POST /api/auth/demo-login HTTP/1.1',
          ['Host: 127.0.0.1', 'Content-Type: application/json', 'Transfer-Encoding: chunked'],
          `${stukken}0\r\n\r\n`,
        );
      },
      status: 413,
    },
    {
      naam: 'JSON nested 10,000 deep',
      bytes: () => jsonPost(`${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      status: 400,
    },
    {
      naam: 'JSON objects nested 65 deep',
      bytes: () => jsonPost(`${'{"a":'.repeat(65)}1${'}'.repeat(65)}`),
      status: 400,
    },
    { naam: 'not JSON', bytes: () => jsonPost('{kapot'), status: 400 },
    {
      naam: 'a truncated body (the client hangs up)',
      bytes: () =>
        verzoek(
          'POST /api/auth/demo-login HTTP/1.1',
          ['Host: 127.0.0.1', 'Content-Type: application/json', 'Content-Length: 100'],
          '{"rol":',
        ),
      status: 400,
    },
    {
      naam: 'invalid chunk size',
      bytes: () =>
        verzoek(
          'POST /api/auth/demo-login HTTP/1.1',
          ['Host: 127.0.0.1', 'Transfer-Encoding: chunked'],
          'zz\r\n{}\r\n0\r\n\r\n',
        ),
      status: 400,
    },
    {
      naam: 'Content-Length and Transfer-Encoding together (request smuggling)',
      bytes: () =>
        verzoek(
          'POST /api/auth/demo-login HTTP/1.1',
          ['Host: 127.0.0.1', 'Content-Length: 4', 'Transfer-Encoding: chunked'],
          '0\r\n\r\n',
        ),
      status: 400,
    },
    {
      naam: 'two different Content-Lengths',
      bytes: () =>
        verzoek(
          'POST /api/auth/demo-login HTTP/1.1',
          ['Host: 127.0.0.1', 'Content-Length: 2', 'Content-Length: 3'],
          '{}',
        ),
      status: 400,
    },
    { naam: 'NUL in the path', bytes: () => verzoek('GET /api/me\0ta HTTP/1.1'), status: 400 },
    {
      naam: 'NUL in a header',
      bytes: () => verzoek('GET /api/meta HTTP/1.1', ['Host: 127.0.0.1', 'X-A: a\0b']),
      status: 400,
    },
    {
      naam: 'a bare LF in a header',
      bytes: () => verzoek('GET /api/meta HTTP/1.1', ['Host: 127.0.0.1\nX-A: b']),
      status: 400,
    },
    {
      naam: 'a header without a colon',
      bytes: () => verzoek('GET /api/meta HTTP/1.1', ['Host: 127.0.0.1', 'geen kop']),
      status: 400,
    },
    { naam: 'HTTP/9.9', bytes: () => verzoek('GET /api/meta HTTP/9.9'), status: 400 },
    { naam: 'request target *', bytes: () => verzoek('GET * HTTP/1.1'), status: 400 },
    { naam: 'request target without a slash', bytes: () => verzoek('GET api/meta HTTP/1.1'), status: 400 },
    { naam: 'a backslash in the path', bytes: () => verzoek('GET /api\\..\\meta HTTP/1.1'), status: 400 },
    {
      naam: 'absolute-form URL to an unknown path',
      bytes: () => verzoek('GET http://elders.test/niets HTTP/1.1'),
      status: 404,
    },
    {
      naam: 'absolute-form URL, not http',
      bytes: () => verzoek('GET ftp://elders.test/api/meta HTTP/1.1'),
      status: 400,
    },
    {
      naam: 'an unknown path with 8 KB of it',
      bytes: () => verzoek(`GET /api/${'x'.repeat(8 * KB)} HTTP/1.1`),
      status: 404,
    },
    {
      naam: 'a line of garbage',
      bytes: () => '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n',
      status: 400,
    },
    { naam: 'binary bytes', bytes: () => new Uint8Array([0, 1, 2, 255, 254, 13, 10, 13, 10]), status: 400 },
  ];

  it.each(gevallen)('$naam', async ({ bytes, status }) => {
    verwachtJsonWeigering(await stuurRauw(poort, bytes()), status);
    await verwachtDatHetDraait();
  });

  it('an absolute-form URL to a known path is answered as that path', async () => {
    const antwoord = await stuurRauw(poort, verzoek('GET http://elders.test/api/meta HTTP/1.1'));
    expect(antwoord.status).toBe(200);
    MetaAntwoord.parse(JSON.parse(antwoord.body));
  });

  it('a refusal quotes at most a short excerpt of what was sent', async () => {
    const fout = verwachtJsonWeigering(
      await stuurRauw(poort, jsonPost(`{"rol":"${'x'.repeat(60 * KB)}"}`)),
      400,
    );
    expect(fout.message.length).toBeLessThan(300);
    expect(fout.message).toContain('x'.repeat(80));
    expect(fout.message).not.toContain('x'.repeat(81));
    const pad = verwachtJsonWeigering(
      await stuurRauw(poort, verzoek(`GET /api/${'y'.repeat(8 * KB)} HTTP/1.1`)),
      404,
    );
    expect(pad.message).not.toContain('y'.repeat(81));
  });

  it('after all of that, many requests at once still get their answers', async () => {
    const antwoorden = await Promise.all(
      Array.from({ length: 20 }, () =>
        stuurRauw(poort, verzoek('GET /api/meta HTTP/1.1', ['Host: 127.0.0.1', 'Connection: close'])),
      ),
    );
    expect(antwoorden.map((a) => a.status)).toEqual(antwoorden.map(() => 200));
  });
});

describe('a client that stops sending', () => {
  let traag: ApiServer;
  beforeAll(async () => {
    // Short limits on a server of its own, so the test sees a 408 without waiting for the real 15 seconds.
    traag = await startApiServer({
      port: 0,
      dataset: testDataset(),
      geheim: TEST_GEHEIM,
      limieten: { verzoekMs: 600, kopregelsMs: 500, controleMs: 100 },
    });
  });
  afterAll(() => traag.close());

  it.each([
    ['headers never finished', 'GET /api/meta HTTP/1.1\r\nHost: 127.0.0.1\r\n'],
    [
      'body never finished',
      'POST /api/auth/demo-login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"rol":',
    ],
  ])('%s: a JSON 408', async (_naam, bytes) => {
    const traagPoort = Number(new URL(traag.url).port);
    const antwoord = await stuurRauw(traagPoort, bytes, { openLaten: true });
    verwachtJsonWeigering(antwoord, 408);
    const meta = await stuurRauw(
      traagPoort,
      verzoek('GET /api/meta HTTP/1.1', ['Host: 127.0.0.1', 'Connection: close']),
    );
    expect(meta.status).toBe(200);
  });
});

/** Pieces requests are made of, good and bad, for fast-check to combine. */
const methode = fc.oneof(
  fc.constantFrom(
    'GET',
    'POST',
    'HEAD',
    'PUT',
    'DELETE',
    'OPTIONS',
    'TRACE',
    'PROPFIND',
    'PATCH',
    'MKCOL',
    'get',
    '',
  ),
  fc.string({ maxLength: 12 }),
);
const pad = fc.oneof(
  fc.constantFrom(
    '/api/meta',
    '/api/voorzieningen',
    '/api/auth/demo-login',
    '/api/gebieden/pc4',
    '*',
    '',
    '/',
  ),
  fc.string({ maxLength: 200 }).map((s) => `/api/${s}`),
  fc.string({ maxLength: 200 }),
  fc.webUrl(),
);
const versie = fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1 extra', '', 'http/1.1');
const kopregel = fc.oneof(
  fc.constantFrom(
    'Host: 127.0.0.1',
    'Host: a b',
    'Host: [::1',
    'Host: x:99999',
    'Content-Type: application/json',
    'Transfer-Encoding: chunked',
    'Transfer-Encoding: gzip, chunked',
    'Content-Length: 5',
    'Content-Length: -1',
    'Content-Length: 99999999999999999999',
    'Expect: 100-continue',
    'Connection: upgrade',
    'Upgrade: websocket',
    'Authorization: Bearer a.b.c',
    'If-None-Match: *',
  ),
  fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 60 })).map(([n, w]) => `${n}: ${w}`),
  fc.string({ maxLength: 80 }),
);
const body = fc.oneof(
  fc.constant(''),
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 300 }),
  fc.nat({ max: 200 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
);
const garbage = fc
  .tuple(methode, pad, versie, fc.array(kopregel, { maxLength: 8 }), body)
  .map(([m, p, v, kop, b]) => `${m} ${p} ${v}\r\n${kop.join('\r\n')}\r\n\r\n${b}`);

describe('generated garbage (fast-check)', () => {
  it('every answer to a generated request is a JSON error or a normal API answer, never a 5xx or silence', async () => {
    await fc.assert(
      fc.asyncProperty(garbage, async (bytes) => {
        const antwoord = await stuurRauw(poort, Buffer.from(bytes, 'latin1'));
        expect(antwoord.status, JSON.stringify(bytes.slice(0, 300))).toBeGreaterThan(0);
        expect(antwoord.status, JSON.stringify(bytes.slice(0, 300))).toBeLessThan(500);
        // An answer to HEAD has the headers of the JSON refusal, and no body.
        if (antwoord.status >= 400 && !bytes.startsWith('HEAD ')) verwachtJsonWeigering(antwoord);
        else if (antwoord.status >= 400)
          expect(antwoord.headers.get('content-type')).toMatch(/^application\/json/);
      }),
      { numRuns: 500, seed: 11 },
    );
    await verwachtDatHetDraait();
  }, 120_000);
});
