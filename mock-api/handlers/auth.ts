/** Demo sign-in and the current session: a role and organisation in, a signed token out. */
import { http, type HttpHandler } from 'msw';
import { PADEN } from '../../src/contract/endpoints';
import {
  DemoLoginAntwoord,
  DemoLoginVerzoek,
  type Gebruiker,
  SessieAntwoord,
} from '../../src/contract/organisatie';
import type { ApiContext } from '../context';
import { nietGevonden, ongeldigeInvoer, uittreksel } from '../http/fout';
import { leesBody, leesJsonBody } from '../http/invoer';
import { demoGebruikerId, json, route } from '../http/route';
import { tekenToken } from '../http/token';

function isObject(waarde: unknown): waarde is Record<string, unknown> {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);
}

const DEMO_NAAM: Record<DemoLoginVerzoek['rol'], (organisatie: string) => string> = {
  zorgaanbieder: (organisatie) => `Demo-coördinator ${organisatie}`,
  draagkrachtscan: () => 'Demo-beoordelaar gemeente',
  beheer: () => 'Demo-gegevensbeheerder gemeente',
};

export function maakAuthHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    http.post(
      ctx.basis + PADEN.login,
      route(
        ctx,
        async ({ request, g }) => {
          if (!ctx.demoLogin) {
            throw nietGevonden(
              ctx.oidc === null
                ? 'Demo-inloggen staat uit op deze server.'
                : `Demo-inloggen staat uit op deze server: log in via ${ctx.oidc.config.naam}.`,
            );
          }
          const body = await leesJsonBody(request);
          if (!isObject(body)) {
            throw ongeldigeInvoer(
              'de body moet een JSON-object zijn, bijvoorbeeld {"rol":"draagkrachtscan"}',
            );
          }
          if (body.rol === 'publiek') {
            throw ongeldigeInvoer('publiek heeft geen aanmelding nodig: zonder token ben je publiek', 'rol');
          }
          if (body.rol !== 'zorgaanbieder' && body.rol !== 'draagkrachtscan' && body.rol !== 'beheer') {
            const waarde = typeof body.rol === 'string' ? ` "${uittreksel(body.rol)}"` : '';
            throw ongeldigeInvoer(
              `rol${waarde} is ongeldig: kies zorgaanbieder, draagkrachtscan of beheer (publiek heeft geen aanmelding nodig)`,
              'rol',
            );
          }
          const verzoek = leesBody(body, DemoLoginVerzoek);
          const organisatie =
            verzoek.rol === 'zorgaanbieder'
              ? g.dataset.zorgaanbieders.find((o) => o.id === verzoek.organisatie)
              : g.dataset.gemeente;
          if (!organisatie) {
            const organisatieId = verzoek.rol === 'zorgaanbieder' ? verzoek.organisatie : '';
            throw ongeldigeInvoer(
              `organisatie "${uittreksel(organisatieId)}" is geen van de ${g.dataset.zorgaanbieders.length} zorgaanbieders van het convenant`,
              'organisatie',
            );
          }
          const gebruiker: Gebruiker = {
            rol: verzoek.rol,
            naam: DEMO_NAAM[verzoek.rol](organisatie.naam),
            organisatie: { id: organisatie.id, naam: organisatie.naam },
          };
          const { token, verlooptOp } = await tekenToken(
            {
              sub: demoGebruikerId(organisatie.id),
              rol: verzoek.rol,
              org: organisatie.id,
              naam: gebruiker.naam,
            },
            ctx.geheim,
            ctx.nu(),
          );
          await ctx.audit.schrijf({
            wie: gebruiker.naam,
            rol: gebruiker.rol,
            organisatie: organisatie.id,
            wat: 'inloggen',
          });
          // no-store: the body holds a bearer token.
          return json(
            DemoLoginAntwoord,
            { token, gebruiker, verlooptOp: verlooptOp.toISOString() },
            { rolAfhankelijk: true },
          );
        },
        // Signing in must work while the client still holds an expired or foreign token.
        { zonderAuth: true },
      ),
    ),
    http.get(
      ctx.basis + PADEN.sessie,
      route(ctx, ({ gebruiker }) => json(SessieAntwoord, { gebruiker }, { rolAfhankelijk: true })),
    ),
  ];
}
