/** The mock API as a real HTTP server on 127.0.0.1 (`npm run api`), so role gating crosses a process boundary. */
import { createServer } from '@mswjs/http-middleware';
import { http } from 'msw';
import { realpathSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dichtheidsindex } from './aggregate/rgw-dichtheid';
import { maakDemoDataset } from './generate/dataset';
import { type HandlerOpties, maakHandlers } from './handlers';
import { ApiFout } from './http/fout';
import { foutAntwoord } from './http/route';

export const STANDAARD_POORT = 8787;
/** How long a graceful stop waits for open requests before cutting the connections. */
const STOP_WACHTTIJD_MS = 5_000;
/** From this many RGW cases on (the benchmark datasets) the start-up says how long the density index took. */
const GROTE_DATASET = 10_000;

export interface ApiServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** The RGW density index, built before the server listened, so the first request only sums. */
  dichtheidsindex: { zaken: number; bouwMs: number };
  close(): Promise<void>;
}

export interface ServerOpties extends Omit<HandlerOpties, 'modus' | 'basis'> {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export async function startApiServer(opties: ServerOpties = {}): Promise<ApiServer> {
  const { port = STANDAARD_POORT, host = '127.0.0.1', ...handlerOpties } = opties;
  const dataset = handlerOpties.dataset ?? maakDemoDataset();
  const index = dichtheidsindex(dataset.rgw.zaken);
  if (index.zaken >= GROTE_DATASET) {
    console.log(
      `RGW-dichtheidsindex: ${index.zaken.toLocaleString('nl-NL')} zaken in ${Math.round(index.bouwMs).toLocaleString('nl-NL')} ms`,
    );
  }
  // The middleware resolves relative handler paths against this server's own origin: only its /api is answered.
  const handlers = maakHandlers({ modus: 'server', basis: '', ...handlerOpties, dataset });
  // This server serves nothing but the API, so anything else gets the API's own 404 body, not the middleware's.
  const rest = http.all('*', ({ request }) =>
    foutAntwoord(
      new ApiFout(
        404,
        'onbekende_route',
        `onbekende route: ${request.method} ${new URL(request.url).pathname}`,
      ),
    ),
  );
  const app = createServer(...handlers, rest);
  app.disable('x-powered-by');
  const server = createHttpServer(app);
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        const afkappen = setTimeout(() => server.closeAllConnections(), STOP_WACHTTIJD_MS);
        afkappen.unref();
        server.close((fout) => {
          clearTimeout(afkappen);
          if (fout) reject(fout);
          else resolve();
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

function isHoofdmodule(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const server = await startApiServer({ port: poortUitOmgeving(process.env.HKD_API_PORT) });
  console.log(`HKD mock-API luistert op ${server.url} (demodata)`);
  let stoppend = false;
  const stop = (signaal: NodeJS.Signals) => {
    if (stoppend) return;
    stoppend = true;
    console.log(`HKD mock-API stopt (${signaal})`);
    server.close().then(
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

if (isHoofdmodule()) {
  main().catch((fout: unknown) => {
    console.error('HKD mock-API kon niet starten:', fout instanceof Error ? fout.message : fout);
    process.exit(1);
  });
}
