/** Dataset metadata: where the data came from, how big it is, and whether the API runs on a server or in the browser. */
import { http, type HttpHandler } from 'msw';
import { PADEN } from '../../src/contract/endpoints';
import { MetaAntwoord } from '../../src/contract/meta';
import type { ApiContext } from '../context';
import { jsonEenmalig, route } from '../http/route';

export function maakMetaHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    http.get(
      ctx.basis + PADEN.meta,
      route(ctx, () =>
        jsonEenmalig(
          ctx,
          'meta',
          MetaAntwoord,
          () => ({
            bron: ctx.bron,
            modus: ctx.modus,
            seed: ctx.dataset.seed,
            aantallen: {
              voorzieningen: ctx.dataset.voorzieningen.length,
              zorgaanbieders: ctx.dataset.zorgaanbieders.length,
              rgwZaken: ctx.dataset.rgw.zaken.length,
            },
          }),
          { rolAfhankelijk: false },
        ),
      ),
    ),
  ];
}
