/** Builds the one list of MSW handlers that the Node tests, the HTTP server and the demo service worker all run. */
import type { HttpHandler } from 'msw';
import type { ApiModus } from '../src/contract/meta';
import { maakContext } from './context';
import { maakDemoDataset } from './generate/dataset';
import type { DemoDataset } from './generate/dataset-types';
import { maakAuthHandlers } from './handlers/auth';
import { maakFallbackHandlers } from './handlers/fallback';
import { maakGebiedenHandlers } from './handlers/gebieden';
import { maakImportHandlers } from './handlers/import';
import { maakOpenapiHandlers } from './handlers/openapi';
import { maakIndividueleWoningenHandlers } from './handlers/individuele-woningen';
import { maakMetaHandlers } from './handlers/meta';
import { maakOrganisatiesHandlers } from './handlers/organisaties';
import { maakRgwHandlers } from './handlers/rgw';
import { maakVoorzieningenHandlers } from './handlers/voorzieningen';
import { geheimVoorModus } from './http/token';
import type { Geocoder } from './import/geocoder';
import type { Verbinding } from './store/verbinding';

export interface HandlerOpties {
  modus: ApiModus;
  /** Default: the standard demo dataset. */
  dataset?: DemoDataset;
  /** Token signing secret. Default: see `geheimVoorModus`. */
  geheim?: Uint8Array;
  /** The clock tokens are issued and checked against; tests inject one to expire a token. */
  nu?: () => Date;
  /**
   * Prefix of every path. Default: '' (relative) for the service worker, so it only answers its own origin;
   * '*' (any origin) otherwise, because Node has no page origin to resolve a relative path against.
   */
  basis?: string;
  /** The store the import endpoints write to; absent in the browser demo. */
  opslag?: Verbinding | null;
  geocoder?: Geocoder;
}

export function maakHandlers(opties: HandlerOpties): HttpHandler[] {
  const ctx = maakContext({
    modus: opties.modus,
    dataset: opties.dataset ?? maakDemoDataset(),
    geheim: opties.geheim ?? geheimVoorModus(opties.modus),
    nu: opties.nu ?? (() => new Date()),
    basis: opties.basis ?? (opties.modus === 'service-worker' ? '' : '*'),
    ...(opties.opslag === undefined ? {} : { opslag: opties.opslag }),
    ...(opties.geocoder === undefined ? {} : { geocoder: opties.geocoder }),
  });
  return [
    ...maakAuthHandlers(ctx),
    ...maakMetaHandlers(ctx),
    ...maakOrganisatiesHandlers(ctx),
    ...maakVoorzieningenHandlers(ctx),
    ...maakGebiedenHandlers(ctx),
    ...maakIndividueleWoningenHandlers(ctx),
    ...maakRgwHandlers(ctx),
    ...maakImportHandlers(ctx),
    ...maakOpenapiHandlers(ctx),
    ...maakFallbackHandlers(ctx),
  ];
}
