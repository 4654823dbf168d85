/** Builds the one list of MSW handlers that the Node tests, the HTTP server and the demo service worker all run. */
import type { HttpHandler } from 'msw';
import type { ApiModus } from '../src/contract/meta';
import {
  type ApiContext,
  type AuditWachtrij,
  GEEN_AUDIT,
  type Gegevens,
  type OpslagDiensten,
  vasteGegevens,
} from './context';
import { maakDemoDataset } from './generate/dataset';
import type { DemoDataset } from './generate/dataset-types';
import { maakAuditHandlers } from './handlers/audit';
import { maakAuthHandlers } from './handlers/auth';
import { maakDraagkrachtscanHandlers } from './handlers/draagkrachtscan';
import { maakFallbackHandlers } from './handlers/fallback';
import { maakFaseHandlers } from './handlers/fase';
import { maakGebiedenHandlers } from './handlers/gebieden';
import { maakImportHandlers } from './handlers/import';
import { maakOpenapiHandlers } from './handlers/openapi';
import { maakIndividueleWoningenHandlers } from './handlers/individuele-woningen';
import { maakMetaHandlers } from './handlers/meta';
import { maakMonitorHandlers } from './handlers/monitor';
import { maakOrganisatiesHandlers } from './handlers/organisaties';
import { maakRgwHandlers } from './handlers/rgw';
import { maakVoorzieningenHandlers } from './handlers/voorzieningen';
import { maakOidcControle, type OidcConfig } from './http/oidc';
import { geheimVoorModus } from './http/token';
import type { Geocoder } from './import/geocoder';
import type { Verbinding } from './store/verbinding';

/** A store wired for the API (store/koppeling.ts `koppelOpslag`): Node only. */
export interface OpslagVoorApi {
  db: Verbinding;
  gegevens: () => Promise<Gegevens>;
  diensten: OpslagDiensten;
  audit: AuditWachtrij;
}

export interface HandlerOpties {
  modus: ApiModus;
  /** An in-memory dataset. Default, without `opslag`: the standard demo dataset. */
  dataset?: DemoDataset;
  /** Serve from a store instead: the data is read per request, phase changes and the audit trail work. */
  opslag?: OpslagVoorApi;
  /** Token signing secret. Default: see `geheimVoorModus`. */
  geheim?: Uint8Array;
  /** The clock tokens are issued and checked against; tests inject one to expire a token. */
  nu?: () => Date;
  /**
   * Prefix of every path. Default: '' (relative) for the service worker, so it only answers its own origin;
   * '*' (any origin) otherwise, because Node has no page origin to resolve a relative path against.
   */
  basis?: string;
  /**
   * The demo sign-in: a role without a password. Default on, because every dataset today is generated demo data;
   * `npm run api` switches it with `HKD_DEMO_LOGIN` (see `demoLoginUitOmgeving`). Off: `POST /api/auth/demo-login`
   * is a 404 and demo tokens are refused.
   */
  demoLogin?: boolean;
  /** Sign-in through OpenID Connect (`oidcConfigUitOmgeving`). Default: none. */
  oidc?: OidcConfig | null;
  /** Looks up addresses without coordinates during an import; default: none (such rows are refused). */
  geocoder?: Geocoder;
}

export function maakApiContext(opties: HandlerOpties): ApiContext {
  const { opslag } = opties;
  return {
    modus: opties.modus,
    geheim: opties.geheim ?? geheimVoorModus(opties.modus),
    nu: opties.nu ?? (() => new Date()),
    basis: opties.basis ?? (opties.modus === 'service-worker' ? '' : '*'),
    opslag: opslag?.db ?? null,
    diensten: opslag?.diensten ?? null,
    gegevens: opslag ? opslag.gegevens : vasteGegevens(opties.dataset ?? maakDemoDataset()),
    audit: opslag?.audit ?? GEEN_AUDIT,
    demoLogin: opties.demoLogin ?? true,
    oidc: opties.oidc ? maakOidcControle(opties.oidc) : null,
    ...(opties.geocoder === undefined ? {} : { geocoder: opties.geocoder }),
  };
}

export function handlersVoor(ctx: ApiContext): HttpHandler[] {
  return [
    ...maakAuthHandlers(ctx),
    ...maakMetaHandlers(ctx),
    ...maakOrganisatiesHandlers(ctx),
    // Before the detail route: /api/voorzieningen/:id/fase is its own path.
    ...maakFaseHandlers(ctx),
    ...maakVoorzieningenHandlers(ctx),
    ...maakGebiedenHandlers(ctx),
    ...maakIndividueleWoningenHandlers(ctx),
    ...maakRgwHandlers(ctx),
    ...maakAuditHandlers(ctx),
    ...maakImportHandlers(ctx),
    ...maakDraagkrachtscanHandlers(ctx),
    ...maakMonitorHandlers(ctx),
    ...maakOpenapiHandlers(ctx),
    ...maakFallbackHandlers(ctx),
  ];
}

export function maakHandlers(opties: HandlerOpties): HttpHandler[] {
  return handlersVoor(maakApiContext(opties));
}
