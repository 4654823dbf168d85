/** Rotterdams Goed Wonen: case density at the precision the role may have, and the yearly programme figures. */
import { http, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { DichtheidQuery, KerncijfersQuery, PADEN } from '../../src/contract/endpoints';
import type { Rol } from '../../src/contract/common';
import {
  type AfgerondeTelling,
  DichtheidBuurtAntwoord,
  DichtheidFocusgebiedAntwoord,
  DichtheidH3Antwoord,
  KerncijfersAntwoord,
} from '../../src/contract/rgw';
import { FOCUSGEBIEDEN, RGW_DOELEN } from '../../src/domain/focusgebieden';
import { AFRONDINGSBASIS, vrijgave } from '../../src/domain/celsleutel';
import { MINIMUM_TELLING } from '../../src/domain/privacy';
import {
  leesPeriode,
  type Periode,
  PERIODE_VOORBEELDEN,
  PERIODESOORTEN,
  standaardPeriode,
} from '../../src/domain/rgw-periode';
import { isGemeenteRol, RECHTEN } from '../../src/domain/roles';
import { focusraster } from '../aggregate/focusraster';
import {
  type Celtelling,
  dichtheidsindex,
  telPerBuurt,
  telPerFocusgebied,
  telPerH3,
} from '../aggregate/rgw-dichtheid';
import { berekenKerncijfers, type Kerncijfers } from '../aggregate/rgw-kerncijfers';
import type { ApiContext, Gegevens } from '../context';
import { geenToegang, ongeldigeInvoer } from '../http/fout';
import { leesQuery } from '../http/invoer';
import { json, route } from '../http/route';

export const STANDAARD_RESOLUTIE = 8;

/**
 * The fixed period a density query asks for: a whole week (scan only), month, quarter or year that is over on the
 * peildatum. Free dates are refused, because two periods a day apart give away that day.
 */
export function bepaalPeriode(
  query: { periode?: string; van?: string; tot?: string },
  rol: Rol,
  peildatum: string,
): Periode {
  const soorten = PERIODESOORTEN[rol];
  const voorbeelden = soorten.includes('week')
    ? `2026-W45 (week), ${PERIODE_VOORBEELDEN}`
    : PERIODE_VOORBEELDEN;
  if (query.van !== undefined || query.tot !== undefined) {
    throw ongeldigeInvoer(
      `losse datums (van, tot) worden niet aangenomen: RGW-cijfers zijn er per vaste periode, ` +
        `bijvoorbeeld periode=${voorbeelden}`,
      'periode',
    );
  }
  if (query.periode === undefined) return standaardPeriode(peildatum);
  const periode = leesPeriode(query.periode);
  if (!periode) {
    throw ongeldigeInvoer(`periode "${query.periode}" is ongeldig: verwacht ${voorbeelden}`, 'periode');
  }
  if (!soorten.includes(periode.soort)) {
    throw ongeldigeInvoer(
      `periode "${periode.code}" is een ${periode.soort}: kies een ${soorten.join(', ')}`,
      'periode',
    );
  }
  if (periode.tot > peildatum) {
    throw ongeldigeInvoer(
      `periode "${periode.code}" is nog niet voorbij (gegevens tot ${peildatum}): kies een afgelopen periode`,
      'periode',
    );
  }
  return periode;
}

/** What every density answer carries beside its counts. */
type Basis = Pick<z.input<typeof DichtheidH3Antwoord>, 'minimum' | 'afronding' | 'filter' | 'bron'>;

const LEEG: Celtelling = Object.freeze({ aantal: 0, sleutelsom: 0 });

/** Every released case count goes through here: cell-key noise, rounding to 5, "minder dan 5" (celsleutel.ts). */
function vrijgaveVan(cel: Celtelling): AfgerondeTelling {
  return vrijgave(cel.aantal, cel.sleutelsom);
}

function kerncijfersVrij(c: Kerncijfers) {
  return { ...c, nieuweZaken: vrijgaveVan(c.nieuweZaken), afgeslotenZaken: vrijgaveVan(c.afgeslotenZaken) };
}

export function maakRgwHandlers(ctx: ApiContext): HttpHandler[] {
  // Built on the first density request, once per case list (a store reloads the list only when the register
  // changed); the HTTP server builds it before it listens.
  const index = (g: Gegevens) => dichtheidsindex(g.dataset.rgw.zaken);
  return [
    http.get(
      ctx.basis + PADEN.rgwDichtheid,
      route(ctx, ({ url, gebruiker, g }) => {
        const query = leesQuery(url, DichtheidQuery);
        const rol = gebruiker.rol;
        const periode = bepaalPeriode(query, rol, g.dataset.peildatum);
        const filter = {
          periode: periode.code,
          van: periode.van,
          tot: periode.tot,
          categorie: query.categorie ?? null,
        };
        const basis: Basis = { minimum: MINIMUM_TELLING, afronding: AFRONDINGSBASIS, filter, bron: g.bron };

        if (!RECHTEN[rol].rgwDichtheidFijn) {
          if (query.niveau !== undefined || query.resolutie !== undefined) {
            throw geenToegang(
              'Dichtheid per H3-cel of per buurt is alleen beschikbaar voor de draagkrachtscan en beheer van de gemeente; ' +
                'laat niveau en resolutie weg voor de totalen per focusgebied.',
            );
          }
          // Unreachable with today's RECHTEN; it narrows `rol` to the two roles the focus-area answer allows.
          if (isGemeenteRol(rol)) throw geenToegang('Geen toegang tot RGW-dichtheid.');
          const { perSleutel } = telPerFocusgebied(index(g), filter);
          return json(
            DichtheidFocusgebiedAntwoord,
            {
              rol,
              niveau: 'focusgebied',
              ...basis,
              focusgebieden: FOCUSGEBIEDEN.map((f) => ({
                code: f.code,
                naam: f.naam,
                telling: vrijgaveVan(perSleutel.get(f.code) ?? LEEG),
              })),
            },
            { rolAfhankelijk: true },
          );
        }

        // Unreachable with today's RECHTEN; it narrows `rol` to the roles the fine answers allow.
        if (!isGemeenteRol(rol)) throw geenToegang('Geen toegang tot RGW-dichtheid.');
        ctx.audit.noteer({
          wie: gebruiker.naam,
          rol,
          organisatie: gebruiker.organisatie?.id ?? null,
          wat: 'lezen-rgw-fijn',
          details: {
            niveau: query.niveau ?? 'h3',
            resolutie: query.resolutie ?? null,
            periode: periode.code,
            categorie: query.categorie ?? null,
          },
        });
        if ((query.niveau ?? 'h3') === 'buurt') {
          if (query.resolutie !== undefined) {
            throw ongeldigeInvoer('resolutie hoort alleen bij niveau h3', 'resolutie');
          }
          const { totaal, perSleutel } = telPerBuurt(index(g), filter);
          // Every buurt, empty ones included and suppressed like 1 to 4: leaving them out would tell them apart.
          const buurten = g.dataset.buurten.map((b) => ({
            buurt: b.code,
            telling: vrijgaveVan(perSleutel.get(b.code) ?? LEEG),
          }));
          return json(
            DichtheidBuurtAntwoord,
            { rol, niveau: 'buurt', ...basis, totaal: vrijgaveVan(totaal), buurten },
            { rolAfhankelijk: true },
          );
        }

        const resolutie = query.resolutie ?? STANDAARD_RESOLUTIE;
        const { totaal, perSleutel } = telPerH3(index(g), filter, resolutie);
        // The fixed grid over the focus areas, every cell listed: cases elsewhere count in the total only.
        const cellen = focusraster(resolutie).map((h3) => ({
          h3,
          ...vrijgaveVan(perSleutel.get(h3) ?? LEEG),
        }));
        return json(
          DichtheidH3Antwoord,
          {
            rol,
            niveau: 'h3',
            resolutie,
            ...basis,
            totaal: vrijgaveVan(totaal),
            cellen,
          },
          { rolAfhankelijk: true },
        );
      }),
    ),
    http.get(
      ctx.basis + PADEN.rgwKerncijfers,
      route(ctx, ({ url, g }) => {
        const query = leesQuery(url, KerncijfersQuery);
        const { peildatum } = g.dataset;
        const peiljaar = Number(peildatum.slice(0, 4));
        const jaar = query.jaar ?? peiljaar;
        if (jaar > peiljaar) {
          throw ongeldigeInvoer(`jaar "${jaar}" is ongeldig: ligt na de peildatum ${peildatum}`, 'jaar');
        }
        const eindeJaar = `${jaar}-12-31`;
        const tot = eindeJaar < peildatum ? eindeJaar : peildatum;
        const uitslag = berekenKerncijfers(g.dataset.rgw, `${jaar}-01-01`, tot);
        return json(
          KerncijfersAntwoord,
          {
            jaar,
            afronding: AFRONDINGSBASIS,
            tot,
            doelen: { ...RGW_DOELEN },
            totaal: kerncijfersVrij(uitslag.totaal),
            focusgebieden: uitslag.focusgebieden.map((f) => ({ ...f, cijfers: kerncijfersVrij(f.cijfers) })),
            bron: g.bron,
          },
          { rolAfhankelijk: false },
        );
      }),
    ),
  ];
}
