/** Homes of individual clients, for the draagkrachtscan only: suppressible counts per buurt, never addresses. */
import { http, type HttpHandler } from 'msw';
import { PADEN } from '../../src/contract/endpoints';
import { IndividueleWoningenAntwoord } from '../../src/contract/gebied';
import { MINIMUM_TELLING, telling } from '../../src/domain/privacy';
import { isGemeenteRol, RECHTEN } from '../../src/domain/roles';
import type { ApiContext } from '../context';
import { geenToegang } from '../http/fout';
import { json, route } from '../http/route';

export function maakIndividueleWoningenHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    http.get(
      ctx.basis + PADEN.individueleWoningen,
      route(ctx, ({ gebruiker, g }) => {
        const rol = gebruiker.rol;
        if (!RECHTEN[rol].individueleWoningen || !isGemeenteRol(rol)) {
          throw geenToegang(
            'Aantallen individuele woningen zijn alleen beschikbaar voor de draagkrachtscan en beheer van de gemeente.',
          );
        }
        // Every buurt of the city, not only those with homes: a listed buurt would otherwise say "at least one here".
        const buurten = g.dataset.buurten.map((b) => {
          const t = g.dataset.individueleWoningen.get(b.code);
          return {
            buurt: b.code,
            zelfstandigMetHuurzorg: telling(t?.zelfstandigMetHuurzorg ?? 0),
            wonenEerst: telling(t?.wonenEerst ?? 0),
          };
        });
        return json(
          IndividueleWoningenAntwoord,
          { rol, minimum: MINIMUM_TELLING, buurten, bron: g.bron },
          { rolAfhankelijk: true },
        );
      }),
    ),
  ];
}
