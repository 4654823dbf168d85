/** The 23 care providers of the covenant: public, so the sign-in screen can offer them. */
import { http, type HttpHandler } from 'msw';
import { PADEN } from '../../src/contract/endpoints';
import { OrganisatiesAntwoord } from '../../src/contract/organisatie';
import type { ApiContext } from '../context';
import { jsonEenmalig, route } from '../http/route';

export function maakOrganisatiesHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    http.get(
      ctx.basis + PADEN.organisaties,
      route(ctx, ({ g }) =>
        jsonEenmalig(
          g,
          'organisaties',
          OrganisatiesAntwoord,
          () => ({ organisaties: g.dataset.zorgaanbieders.map((o) => ({ id: o.id, naam: o.naam })) }),
          { rolAfhankelijk: false },
        ),
      ),
    ),
  ];
}
