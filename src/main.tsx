/** Boot: in the static demo build, start the in-browser API first; then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiFout } from './api/client';
import { neemOidcAntwoord } from './api/oidc-terug';
import { App } from './app/app';
import './styles.css';

async function start(): Promise<void> {
  // Before anything renders or rewrites the URL: the code and state the identity provider sent back.
  const oidcAntwoord = neemOidcAntwoord();
  // A compile-time constant (vite.config.ts): outside the demo build this branch and its import are removed,
  // so the production bundle holds no mock handlers, generators or demo records.
  if (import.meta.env.VITE_API_MODUS === 'service-worker') {
    const { startServiceWorker } = await import('../mock-api/browser');
    await startServiceWorker();
  }
  // Likewise the browser tests' hooks on the map: only in the build made with `--mode e2e`.
  if (import.meta.env.VITE_TESTHAAK) await import('./map/test-haak');
  const wortel = document.getElementById('root');
  if (!wortel) throw new Error('element #root ontbreekt in index.html');
  createRoot(wortel, {
    // API failures are expected and shown in their panel; only other errors need a trace in the console.
    onCaughtError: (fout, info) => {
      if (!isApiFout(fout)) console.error(fout, info.componentStack);
    },
  }).render(
    <StrictMode>
      <App oidcAntwoord={oidcAntwoord} />
    </StrictMode>,
  );
}

start().catch((fout: unknown) => {
  console.error(fout);
  const wortel = document.getElementById('root');
  if (wortel) {
    wortel.textContent = 'De HKD-kaart kon niet starten. Vernieuw de pagina om het opnieuw te proberen.';
  }
});
