/** The mock API inside a Node process (tests): MSW intercepts `fetch`, no port is opened. */
import { setupServer, type SetupServer } from 'msw/node';
import { type HandlerOpties, maakHandlers } from './handlers';

/** Server mode, any origin: tests may fetch `http://hkd.test/api/...` or whatever base they like. */
export function maakNodeServer(opties: Omit<HandlerOpties, 'modus'> = {}): SetupServer {
  return setupServer(...maakHandlers({ modus: 'server', ...opties }));
}
