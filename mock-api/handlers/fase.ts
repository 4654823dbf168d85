/** Phase changes on the escalatieladder, recorded by `beheer` as events in the store (legFaseWisselVast). */
import { http, type HttpHandler } from 'msw';
import { PADEN } from '../../src/contract/endpoints';
import { FaseWisselAntwoord, FaseWisselVerzoek } from '../../src/contract/voorziening';
import type { ApiContext } from '../context';
import { alleenBeheer, geenOpslag, nietGevonden, ongeldigeInvoer } from '../http/fout';
import { leesBody, leesJsonBody } from '../http/invoer';
import { json, param, route } from '../http/route';
import { leesId } from './voorzieningen';

export function maakFaseHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    http.post(
      ctx.basis + PADEN.faseWissel,
      route(ctx, async ({ request, params, gebruiker, g }) => {
        alleenBeheer(gebruiker.rol, 'Een fase wijzigen');
        const id = leesId(param(params, 'id'));
        if (!g.voorzieningen.has(id)) throw nietGevonden(`voorziening "${id}" niet gevonden`);
        const verzoek = leesBody(await leesJsonBody(request), FaseWisselVerzoek);
        const vandaag = ctx.nu().toISOString().slice(0, 10);
        if (verzoek.datum > vandaag) {
          throw ongeldigeInvoer(
            `datum ${verzoek.datum} ligt in de toekomst (vandaag is ${vandaag})`,
            'datum',
          );
        }
        if (!ctx.diensten) throw geenOpslag('Een fase wijzigen');
        const wissel = await ctx.diensten.legFaseWisselVast(
          {
            voorziening: id,
            naar: verzoek.naar,
            datum: verzoek.datum,
            ...(verzoek.reden ? { reden: verzoek.reden } : {}),
            door: { wie: gebruiker.naam, rol: gebruiker.rol, organisatie: gebruiker.organisatie?.id ?? null },
          },
          ctx.nu(),
        );
        // Read back through the store, as every role will now see it: the history derived from the events.
        const nu = await ctx.gegevens();
        const v = nu.voorzieningen.get(id);
        if (!v) throw nietGevonden(`voorziening "${id}" niet gevonden`);
        return json(
          FaseWisselAntwoord,
          {
            rol: 'beheer',
            voorziening: id,
            wissel,
            fase: v.fase,
            faseHistorie: v.faseHistorie,
            bron: nu.bron,
          },
          { rolAfhankelijk: true, status: 201 },
        );
      }),
    ),
  ];
}
