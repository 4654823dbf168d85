/**
 * The mock API as a real HTTP server on 127.0.0.1 (`npm run api`): the MSW handlers on Hono and @hono/node-server, so
 * role gating crosses a process boundary, and nothing a client sends can stop the process.
 */
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { createServer as createHttpServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { dichtheidsindex } from './aggregate/rgw-dichtheid';
import { maakDemoDataset } from './generate/dataset';
import { handlersVoor, type HandlerOpties, maakApiContext } from './handlers';
import {
  beantwoord,
  gecomprimeerd,
  maakVoorselectie,
  metBeveiligingskoppen,
  parserWeigering,
  rauwAntwoord,
} from './http/adapter';
import { ApiFout, uittreksel } from './http/fout';
import { demoLoginUitOmgeving, oidcConfigUitOmgeving } from './http/oidc';
import { foutAntwoord } from './http/route';
import { isHoofdmodule } from './hoofdmodule';
import { meldServerUrl, openOpslag, opslagUitOmgeving } from './store/data-map';
import { koppelOpslag } from './store/koppeling';
import { bereidVoor } from './store/opslag';

export const STANDAARD_POORT = 8787;
/** How long a graceful stop waits for open requests before cutting the connections. */
const STOP_WACHTTIJD_MS = 5_000;
/** From this many RGW cases on (the benchmark datasets) the start-up says how long the density index took. */
const GROTE_DATASET = 10_000;
/** node's default, stated: headers over 16 KB together are a 431. */
const MAX_KOPREGELS_BYTES = 16 * 1024;
/**
 * A whole request (headers and body) must be in within this time, the headers within `KOPREGELS_LIMIET_MS`: a
 * client that trickles bytes (slowloris) gets a 408 instead of holding a connection open for minutes.
 */
const VERZOEK_LIMIET_MS = 15_000;
const KOPREGELS_LIMIET_MS = 10_000;

export interface ApiServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** The RGW density index, built before the server listened, so the first request only sums. */
  dichtheidsindex: { zaken: number; bouwMs: number };
  /** How long reading the data from the store took before the server listened (0 for an in-memory dataset). */
  ladenMs: number;
  /** Stops listening, then writes the audit rows still waiting. The store itself is the caller's to close. */
  close(): Promise<void>;
}

export interface ServerOpties extends Omit<HandlerOpties, 'modus' | 'basis'> {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Overrides of the request time-outs, for a test that must see a 408 without waiting 15 seconds. */
  limieten?: { verzoekMs?: number; kopregelsMs?: number; controleMs?: number };
}

/** The Hono app: every request through the one handler list, every answer with the security headers. */
function maakApp(handlers: ReturnType<typeof handlersVoor>): Hono {
  const app = new Hono();
  const voorselectie = maakVoorselectie(handlers);
  app.all('*', async (c) =>
    metBeveiligingskoppen(await gecomprimeerd(c.req.raw, await beantwoord(voorselectie, c.req.raw))),
  );
  app.onError((fout) => {
    console.error('[mock-api] interne fout in de server:', fout);
    return metBeveiligingskoppen(
      foutAntwoord(new ApiFout(500, 'serverfout', 'Interne fout in de demo-API.')),
    );
  });
  return app;
}

/**
 * Requests node could parse but @hono/node-server cannot turn into a URL (a Host like `a b`, `[::1` or `x:99999`,
 * a request target like `*`): a 400 with the same JSON body as any other refusal.
 */
function ongeldigVerzoek(fout: unknown): Response {
  const reden = fout instanceof Error ? fout.message : 'onleesbaar verzoek';
  return metBeveiligingskoppen(
    foutAntwoord(new ApiFout(400, 'ongeldig_verzoek', `ongeldig verzoek: ${uittreksel(reden)}`)),
  );
}

/** Writes a Response that was made outside @hono/node-server onto node's response. */
async function schrijf(antwoord: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  antwoord.writeHead(response.status, {
    ...Object.fromEntries(response.headers),
    'Content-Length': body.length,
  });
  antwoord.end(body);
}

/**
 * node's own answers to a request its parser refuses are empty (or a bare 400): ours carry the JSON body. An answer
 * already under way on the socket cannot be replaced, so that socket is only closed.
 */
function weigerOpSocket(server: Server): void {
  server.on('clientError', (fout: NodeJS.ErrnoException, socket: Duplex) => {
    const lopend: unknown = Reflect.get(socket, '_httpMessage');
    const alVerstuurd =
      typeof lopend === 'object' && lopend !== null && Reflect.get(lopend, 'headersSent') === true;
    if (fout.code === 'ECONNRESET' || !socket.writable || alVerstuurd) {
      socket.destroy();
      return;
    }
    const { status, code, message } = parserWeigering(fout.code);
    socket.end(rauwAntwoord(status, code, message));
  });
  // CONNECT would otherwise end in a silently closed socket: this server tunnels nothing.
  server.on('connect', (_verzoek, socket: Socket) => {
    socket.end(rauwAntwoord(405, 'methode_niet_toegestaan', 'methode CONNECT wordt niet ondersteund'));
  });
}

export async function startApiServer(opties: ServerOpties = {}): Promise<ApiServer> {
  const { port = STANDAARD_POORT, host = '127.0.0.1', limieten = {}, ...handlerOpties } = opties;
  const ctx = maakApiContext({
    modus: 'server',
    basis: '*',
    ...handlerOpties,
    ...(handlerOpties.opslag ? {} : { dataset: handlerOpties.dataset ?? maakDemoDataset() }),
  });
  // The data and its density index are read and built before the server listens, so the first request only sums.
  const laden = performance.now();
  const { dataset } = await ctx.gegevens();
  const ladenMs = handlerOpties.opslag ? performance.now() - laden : 0;
  const index = dichtheidsindex(dataset.rgw.zaken);
  if (index.zaken >= GROTE_DATASET) {
    console.log(
      `RGW-dichtheidsindex: ${index.zaken.toLocaleString('nl-NL')} zaken in ${Math.round(index.bouwMs).toLocaleString('nl-NL')} ms`,
    );
  }
  // Any origin: the Host header was checked by @hono/node-server, and only /api paths have handlers.
  const app = maakApp(handlersVoor(ctx));
  const listener = getRequestListener(app.fetch, {
    // Keeps the global Request and Response as they are: MSW and the tests in this process use them too.
    overrideGlobalObjects: false,
    errorHandler: ongeldigVerzoek,
  });
  const server = createHttpServer(
    {
      maxHeaderSize: MAX_KOPREGELS_BYTES,
      requestTimeout: limieten.verzoekMs ?? VERZOEK_LIMIET_MS,
      headersTimeout: limieten.kopregelsMs ?? KOPREGELS_LIMIET_MS,
      ...(limieten.controleMs === undefined ? {} : { connectionsCheckingInterval: limieten.controleMs }),
      // node answers a missing Host with an empty 400; @hono/node-server refuses it with our JSON body instead.
      requireHostHeader: false,
    },
    (verzoek, antwoord) => {
      // RFC 9112 §3.2: more than one Host is a 400; node would quietly keep the first, a proxy might keep the last.
      const hosts = verzoek.rawHeaders.filter((naam, i) => i % 2 === 0 && naam.toLowerCase() === 'host');
      if (hosts.length > 1) {
        void schrijf(antwoord, ongeldigVerzoek(new Error('meer dan een Host-kopregel')));
        return;
      }
      void listener(verzoek, antwoord);
    },
  );
  weigerOpSocket(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const adres = server.address() as AddressInfo;
  return {
    url: `http://${host}:${adres.port}`,
    dichtheidsindex: { zaken: index.zaken, bouwMs: index.bouwMs },
    ladenMs,
    close: () =>
      new Promise<void>((resolve, reject) => {
        const afkappen = setTimeout(() => server.closeAllConnections(), STOP_WACHTTIJD_MS);
        afkappen.unref();
        server.close((fout) => {
          clearTimeout(afkappen);
          if (fout) reject(fout);
          else ctx.audit.stop().then(resolve, reject);
        });
        // Idle keep-alive connections would otherwise hold close() open until they time out.
        server.closeIdleConnections();
      }),
  };
}

function poortUitOmgeving(waarde: string | undefined): number {
  if (waarde === undefined || waarde === '') return STANDAARD_POORT;
  const poort = Number(waarde);
  if (!Number.isInteger(poort) || poort < 0 || poort > 65535) {
    throw new Error(`HKD_API_PORT "${waarde}" is geen geldige poort (0-65535)`);
  }
  return poort;
}

/**
 * The last line of defence: a bug that escapes every catch (a stray rejection in a library, a throw in a timer) is
 * logged and the server keeps serving the other clients, instead of one request taking the API down for everyone.
 */
function blijfDraaien(): void {
  process.on('uncaughtException', (fout) => {
    console.error('[mock-api] onverwachte fout, de server draait door:', fout);
  });
  process.on('unhandledRejection', (reden) => {
    console.error('[mock-api] onafgehandelde rejection, de server draait door:', reden);
  });
}

async function main(): Promise<void> {
  blijfDraaien();
  const poort = poortUitOmgeving(process.env.HKD_API_PORT);
  const oidc = oidcConfigUitOmgeving(process.env);
  // The store the environment names: DATABASE_URL (PostgreSQL), else PGlite in HKD_DATA_DIR (default .hkd-data).
  const opslag = await openOpslag({ ...opslagUitOmgeving(process.env), gebruiker: 'server' });
  let server: ApiServer;
  let demoLogin: boolean;
  try {
    const begin = performance.now();
    const { gevuld } = await bereidVoor(opslag.db, { beginDataset: maakDemoDataset, bron: 'demodata' });
    console.log(
      `Opslag: ${opslag.soort === 'pglite' ? `PGlite in ${opslag.waar}` : `PostgreSQL ${opslag.waar}`}` +
        (gevuld ? ` (nieuw, gevuld met demodata in ${Math.round(performance.now() - begin)} ms)` : ''),
    );
    const gekoppeld = koppelOpslag(opslag.db, maakDemoDataset());
    // The demo sign-in is on for demo data (decided at start), off for the municipality's data unless HKD_DEMO_LOGIN=1.
    const opDemodata = (await gekoppeld.gegevens()).bron.dataset === 'demodata';
    demoLogin = demoLoginUitOmgeving(process.env, opDemodata);
    if (!opDemodata && !demoLogin) {
      console.log(
        'Demo-inloggen staat uit: de opslag bevat geïmporteerde gegevens. Log in via OIDC, of zet HKD_DEMO_LOGIN=1 om het toch aan te zetten.',
      );
    }
    server = await startApiServer({ port: poort, opslag: gekoppeld, oidc, demoLogin });
  } catch (fout) {
    await opslag.sluit();
    throw fout;
  }
  if (opslag.soort === 'pglite') meldServerUrl(opslag.waar, server.url);
  const aanmelding = [
    demoLogin ? 'demo-inloggen aan' : 'demo-inloggen uit',
    oidc ? `OIDC via ${oidc.issuer}` : null,
  ];
  console.log(`HKD mock-API luistert op ${server.url} (${aanmelding.filter(Boolean).join(', ')})`);
  let stoppend = false;
  const stop = (signaal: NodeJS.Signals) => {
    if (stoppend) return;
    stoppend = true;
    console.log(`HKD mock-API stopt (${signaal})`);
    // Requests first, then the audit rows still waiting, then the database and its folder's lock.
    server
      .close()
      .finally(() => opslag.sluit())
      .then(
        () => process.exit(0),
        (fout: unknown) => {
          console.error('HKD mock-API kon niet netjes stoppen:', fout);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (isHoofdmodule(import.meta.url)) {
  main().catch((fout: unknown) => {
    console.error('HKD mock-API kon niet starten:', fout instanceof Error ? fout.message : fout);
    process.exit(1);
  });
}
