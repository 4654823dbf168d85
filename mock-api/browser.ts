/** The mock API as a service worker for the static demo build: the API, its data and its signing secret live in the visitor's browser. */
import { setupWorker } from 'msw/browser';
import { maakHandlers } from './handlers';

export async function startServiceWorker(): Promise<void> {
  const worker = setupWorker(...maakHandlers({ modus: 'service-worker' }));
  await worker.start({
    // Basemap tiles, PDOK search and the app's own files go to the network as usual.
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
