/** Test helpers for panel tests: the real mock API in msw, a fresh session store per test, and a render wrapper. */
import { render } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { maakHandlers } from '../../mock-api/handlers';
import { vergeetAlleAntwoorden } from '../api/bron';
import { isApiFout } from '../api/client';
import { maakSessieOpslag, type SessieOpslag } from '../api/sessie';
import { haalVoorzieningen, type VoorzieningenVoorRol } from '../api/voorzieningen';
import { SessieProvider } from '../app/sessie-provider';
import { groepenVoorAntwoord } from '../domain/symboolgroepen';

/** The handlers the HTTP server and the demo service worker run; requests nobody handles fail the test. */
export function startMockApi(modus: 'server' | 'service-worker' = 'server') {
  const server = setupServer(...maakHandlers({ modus, basis: '*' }));
  return {
    server,
    start: () => {
      // Test files share their worker's modules (vitest.config.ts): start without another file's answers.
      vergeetAlleAntwoorden();
      server.listen({ onUnhandledRequest: 'error' });
    },
    naElkeTest: () => {
      server.resetHandlers();
      vergeetAlleAntwoorden();
    },
    stop: () => {
      server.close();
      vergeetAlleAntwoorden();
    },
  };
}

/** Nothing in sessionStorage: each test starts as publiek. */
export function nieuweSessie(): SessieOpslag {
  return maakSessieOpslag({ opslag: null });
}

/** Expected API errors are shown by the boundaries; only other caught errors are worth a console line. */
export function meldOnverwachteFout(fout: unknown): void {
  if (!isApiFout(fout)) console.error(fout);
}

export function renderMetSessie(opslag: SessieOpslag, inhoud: ReactNode) {
  return render(<SessieProvider opslag={opslag}>{inhoud}</SessieProvider>, {
    onCaughtError: meldOnverwachteFout,
  });
}

/** Fetches the role's list the way the app does, to pick a symbol to select. */
export async function symbolenVan(opslag: SessieOpslag) {
  const antwoord: VoorzieningenVoorRol = await haalVoorzieningen(opslag.huidig().sessie);
  return groepenVoorAntwoord(antwoord);
}
