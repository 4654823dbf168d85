/** Dataset metadata: where the data came from, how big it is, and whether the API runs on a server or in the browser. */
import { http, type HttpHandler } from 'msw';
import { PADEN } from '../../src/contract/endpoints';
import { MetaAntwoord } from '../../src/contract/meta';
import type { ApiContext } from '../context';
import { oidcInstellingen } from '../http/oidc';
import { jsonEenmalig, route } from '../http/route';

export function maakMetaHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    http.get(
      ctx.basis + PADEN.meta,
      route(ctx, ({ g }) =>
        jsonEenmalig(
          g,
          'meta',
          MetaAntwoord,
          () => ({
            bron: g.bron,
            modus: ctx.modus,
            seed: g.dataset.seed,
            aantallen: {
              voorzieningen: g.dataset.voorzieningen.length,
              zorgaanbieders: g.dataset.zorgaanbieders.length,
              rgwZaken: g.dataset.rgw.zaken.length,
            },
            aanmelding: {
              demoLogin: ctx.demoLogin,
              oidc: ctx.oidc === null ? null : oidcInstellingen(ctx.oidc.config),
            },
          }),
          { rolAfhankelijk: false },
        ),
      ),
    ),
  ];
}
