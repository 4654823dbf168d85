/** Rotterdams Goed Wonen: case density at the precision the role may have, and the yearly programme figures. */
import { http, type HttpHandler } from 'msw';
import { DichtheidQuery, KerncijfersQuery, PADEN } from '../../src/contract/endpoints';
import {
  DichtheidBuurtAntwoord,
  DichtheidFocusgebiedAntwoord,
  type DichtheidFilter,
  DichtheidH3Antwoord,
  KerncijfersAntwoord,
} from '../../src/contract/rgw';
import { FOCUSGEBIEDEN, RGW_DOELEN } from '../../src/domain/focusgebieden';
import { MINIMUM_TELLING, telling } from '../../src/domain/privacy';
import { RECHTEN } from '../../src/domain/roles';
import { dichtheidsindex, telPerBuurt, telPerFocusgebied, telPerH3 } from '../aggregate/rgw-dichtheid';
import { berekenKerncijfers } from '../aggregate/rgw-kerncijfers';
import type { ApiContext } from '../context';
import { geenToegang, ongeldigeInvoer } from '../http/fout';
import { leesQuery } from '../http/invoer';
import { json, route } from '../http/route';

/** Longest period one density query may span: enough to compare years, not a dump of the whole history. */
export const MAX_PERIODE_JAREN = 3;
export const STANDAARD_RESOLUTIE = 8;

/** Shifts an ISO date by whole years and days, in UTC so no time zone moves the date. */
export function verschuif(datum: string, jaren: number, dagen = 0): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + jaren);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** Default: the twelve months up to and including the peildatum. A `tot` after the peildatum is allowed. */
export function bepaalPeriode(
  van: string | undefined,
  tot: string | undefined,
  peildatum: string,
): Pick<DichtheidFilter, 'van' | 'tot'> {
  const eind = tot ?? peildatum;
  const begin = van ?? verschuif(eind, -1, 1);
  if (begin > eind) throw ongeldigeInvoer(`van (${begin}) moet op of voor tot (${eind}) liggen`, 'van');
  if (begin < verschuif(eind, -MAX_PERIODE_JAREN)) {
    throw ongeldigeInvoer(
      `periode van ${begin} tot ${eind} is te lang: hooguit ${MAX_PERIODE_JAREN} jaar per opvraging`,
      'van',
    );
  }
  return { van: begin, tot: eind };
}

export function maakRgwHandlers(ctx: ApiContext): HttpHandler[] {
  const { zaken } = ctx.dataset.rgw;
  // Built on the first density request, once per dataset; the HTTP server builds it before it listens.
  const index = () => dichtheidsindex(zaken);
  return [
    http.get(
      ctx.basis + PADEN.rgwDichtheid,
      route(ctx, ({ url, gebruiker }) => {
        const query = leesQuery(url, DichtheidQuery);
        const periode = bepaalPeriode(query.van, query.tot, ctx.dataset.peildatum);
        const filter = { ...periode, categorie: query.categorie ?? null };
        const basis = { minimum: MINIMUM_TELLING, filter, bron: ctx.bron };
        const rol = gebruiker.rol;

        if (!RECHTEN[rol].rgwDichtheidFijn) {
          if (query.niveau !== undefined || query.resolutie !== undefined) {
            throw geenToegang(
              'Dichtheid per H3-cel of per buurt is alleen beschikbaar voor de draagkrachtscan van de gemeente; ' +
                'laat niveau en resolutie weg voor de totalen per focusgebied.',
            );
          }
          // Unreachable with today's RECHTEN; it narrows `rol` to the two roles the focus-area answer allows.
          if (rol === 'draagkrachtscan') throw geenToegang('Geen toegang tot RGW-dichtheid.');
          const { perSleutel } = telPerFocusgebied(index(), filter);
          return json(
            DichtheidFocusgebiedAntwoord,
            {
              rol,
              niveau: 'focusgebied',
              ...basis,
              focusgebieden: FOCUSGEBIEDEN.map((f) => ({
                code: f.code,
                naam: f.naam,
                telling: telling(perSleutel.get(f.code) ?? 0),
              })),
            },
            { rolAfhankelijk: true },
          );
        }

        if ((query.niveau ?? 'h3') === 'buurt') {
          if (query.resolutie !== undefined) {
            throw ongeldigeInvoer('resolutie hoort alleen bij niveau h3', 'resolutie');
          }
          const { totaal, perSleutel } = telPerBuurt(index(), filter);
          // Every buurt, zero included: leaving out empty ones would show which small counts are not zero.
          const buurten = ctx.dataset.buurten.map((b) => ({
            buurt: b.code,
            telling: telling(perSleutel.get(b.code) ?? 0),
          }));
          return json(
            DichtheidBuurtAntwoord,
            { rol: 'draagkrachtscan', niveau: 'buurt', ...basis, totaal, buurten },
            { rolAfhankelijk: true },
          );
        }

        const resolutie = query.resolutie ?? STANDAARD_RESOLUTIE;
        const { totaal, perSleutel } = telPerH3(index(), filter, resolutie);
        const cellen = [...perSleutel].map(([h3, aantal]) => ({ h3, ...telling(aantal) }));
        return json(
          DichtheidH3Antwoord,
          { rol: 'draagkrachtscan', niveau: 'h3', resolutie, ...basis, totaal, cellen },
          { rolAfhankelijk: true },
        );
      }),
    ),
    http.get(
      ctx.basis + PADEN.rgwKerncijfers,
      route(ctx, ({ url }) => {
        const query = leesQuery(url, KerncijfersQuery);
        const { peildatum } = ctx.dataset;
        const peiljaar = Number(peildatum.slice(0, 4));
        const jaar = query.jaar ?? peiljaar;
        if (jaar > peiljaar) {
          throw ongeldigeInvoer(`jaar "${jaar}" is ongeldig: ligt na de peildatum ${peildatum}`, 'jaar');
        }
        const eindeJaar = `${jaar}-12-31`;
        const tot = eindeJaar < peildatum ? eindeJaar : peildatum;
        const { totaal, focusgebieden } = berekenKerncijfers(ctx.dataset.rgw, `${jaar}-01-01`, tot);
        return json(
          KerncijfersAntwoord,
          { jaar, tot, doelen: { ...RGW_DOELEN }, totaal, focusgebieden, bron: ctx.bron },
          { rolAfhankelijk: false },
        );
      }),
    ),
  ];
}
