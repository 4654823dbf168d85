/** Areas (CBS buurten and wijken, PC4 postcode areas): public reference data, the same for every role. */
import { http, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { BuurtCode, Pc4, WijkCode } from '../../src/contract/common';
import { GebiedenPadParams, PADEN } from '../../src/contract/endpoints';
import {
  BuurtenAntwoord,
  type Gebied,
  GebiedAntwoord,
  type GebiedType,
  Pc4Antwoord,
  WijkenAntwoord,
} from '../../src/contract/gebied';
import type { ApiContext, Gegevens } from '../context';
import { nietGevonden, ongeldigeInvoer, uittreksel } from '../http/fout';
import { leesBody } from '../http/invoer';
import { jsonEenmalig, param, route } from '../http/route';

const CODE_SCHEMA: Record<GebiedType, z.ZodType<string>> = { buurten: BuurtCode, wijken: WijkCode, pc4: Pc4 };
const ENKELVOUD: Record<GebiedType, string> = { buurten: 'buurt', wijken: 'wijk', pc4: 'PC4-gebied' };

function gebiedenVan(g: Gegevens, type: GebiedType): readonly Gebied[] {
  switch (type) {
    case 'buurten':
      return g.dataset.buurten;
    case 'wijken':
      return g.dataset.wijken;
    case 'pc4':
      return g.dataset.pc4;
  }
}

export function maakGebiedenHandlers(ctx: ApiContext): HttpHandler[] {
  const publiek = { rolAfhankelijk: false };
  return [
    http.get(
      ctx.basis + PADEN.gebieden,
      route(ctx, ({ params, g }) => {
        const { type } = leesBody({ type: param(params, 'type') }, GebiedenPadParams);
        const bron = g.bron;
        const sleutel = `gebieden:${type}`;
        switch (type) {
          case 'buurten':
            return jsonEenmalig(
              g,
              sleutel,
              BuurtenAntwoord,
              () => ({ type, gebieden: g.dataset.buurten, bron }),
              publiek,
            );
          case 'wijken':
            return jsonEenmalig(
              g,
              sleutel,
              WijkenAntwoord,
              () => ({ type, gebieden: g.dataset.wijken, bron }),
              publiek,
            );
          case 'pc4':
            return jsonEenmalig(
              g,
              sleutel,
              Pc4Antwoord,
              () => ({ type, gebieden: g.dataset.pc4, bron }),
              publiek,
            );
        }
      }),
    ),
    http.get(
      ctx.basis + PADEN.gebied,
      route(ctx, ({ params, g }) => {
        const { type } = leesBody({ type: param(params, 'type') }, GebiedenPadParams);
        const code = param(params, 'code');
        const formaat = CODE_SCHEMA[type].safeParse(code);
        if (!formaat.success) {
          const uitleg = formaat.error.issues[0]?.message ?? `geen geldige ${ENKELVOUD[type]}code`;
          throw ongeldigeInvoer(`code "${uittreksel(code)}" is ongeldig: ${uitleg}`, 'code');
        }
        const gebied = gebiedenVan(g, type).find((g) => g.code === code);
        if (!gebied) throw nietGevonden(`${ENKELVOUD[type]} "${code}" niet gevonden`);
        return jsonEenmalig(
          g,
          `gebied:${type}:${gebied.code}`,
          GebiedAntwoord,
          () => ({ gebied, bron: g.bron }),
          publiek,
        );
      }),
    ),
  ];
}
