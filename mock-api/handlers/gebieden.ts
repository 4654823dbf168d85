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
import type { ApiContext } from '../context';
import { nietGevonden, ongeldigeInvoer, uittreksel } from '../http/fout';
import { leesBody } from '../http/invoer';
import { jsonEenmalig, param, route } from '../http/route';

const CODE_SCHEMA: Record<GebiedType, z.ZodType<string>> = { buurten: BuurtCode, wijken: WijkCode, pc4: Pc4 };
const ENKELVOUD: Record<GebiedType, string> = { buurten: 'buurt', wijken: 'wijk', pc4: 'PC4-gebied' };

function gebiedenVan(ctx: ApiContext, type: GebiedType): readonly Gebied[] {
  switch (type) {
    case 'buurten':
      return ctx.dataset.buurten;
    case 'wijken':
      return ctx.dataset.wijken;
    case 'pc4':
      return ctx.dataset.pc4;
  }
}

export function maakGebiedenHandlers(ctx: ApiContext): HttpHandler[] {
  const publiek = { rolAfhankelijk: false };
  return [
    http.get(
      ctx.basis + PADEN.gebieden,
      route(ctx, ({ params }) => {
        const { type } = leesBody({ type: param(params, 'type') }, GebiedenPadParams);
        const bron = ctx.bron;
        const sleutel = `gebieden:${type}`;
        switch (type) {
          case 'buurten':
            return jsonEenmalig(
              ctx,
              sleutel,
              BuurtenAntwoord,
              () => ({ type, gebieden: ctx.dataset.buurten, bron }),
              publiek,
            );
          case 'wijken':
            return jsonEenmalig(
              ctx,
              sleutel,
              WijkenAntwoord,
              () => ({ type, gebieden: ctx.dataset.wijken, bron }),
              publiek,
            );
          case 'pc4':
            return jsonEenmalig(
              ctx,
              sleutel,
              Pc4Antwoord,
              () => ({ type, gebieden: ctx.dataset.pc4, bron }),
              publiek,
            );
        }
      }),
    ),
    http.get(
      ctx.basis + PADEN.gebied,
      route(ctx, ({ params }) => {
        const { type } = leesBody({ type: param(params, 'type') }, GebiedenPadParams);
        const code = param(params, 'code');
        const formaat = CODE_SCHEMA[type].safeParse(code);
        if (!formaat.success) {
          const uitleg = formaat.error.issues[0]?.message ?? `geen geldige ${ENKELVOUD[type]}code`;
          throw ongeldigeInvoer(`code "${uittreksel(code)}" is ongeldig: ${uitleg}`, 'code');
        }
        const gebied = gebiedenVan(ctx, type).find((g) => g.code === code);
        if (!gebied) throw nietGevonden(`${ENKELVOUD[type]} "${code}" niet gevonden`);
        return jsonEenmalig(
          ctx,
          `gebied:${type}:${gebied.code}`,
          GebiedAntwoord,
          () => ({ gebied, bron: ctx.bron }),
          publiek,
        );
      }),
    ),
  ];
}
