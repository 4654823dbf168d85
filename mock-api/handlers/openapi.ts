/** The OpenAPI 3.1 document of this API, generated from the contract: for the municipality's own backend team. */
import { http, type HttpHandler } from 'msw';
import { z } from 'zod';
import { PADEN } from '../../src/contract/endpoints';
import { maakOpenapi } from '../../src/contract/openapi';
import type { ApiContext } from '../context';
import { jsonEenmalig, route } from '../http/route';

export const OPENAPI_VERSIE = '0.1.0';

export function maakOpenapiHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    http.get(
      ctx.basis + PADEN.openapi,
      route(
        ctx,
        ({ g }) =>
          jsonEenmalig(g, 'openapi', z.record(z.string(), z.unknown()), () => maakOpenapi(OPENAPI_VERSIE), {
            rolAfhankelijk: false,
          }),
        { zonderAuth: true },
      ),
    ),
  ];
}
