/** The Monitor: the escalatieladder over time (gated per role), outflow from beschermd wonen, and RGW against its targets. */
import { http, type HttpHandler } from 'msw';
import { z } from 'zod';
import { PADEN } from '../../src/contract/endpoints';
import {
  EscalatieladderGemeente,
  EscalatieladderPubliek,
  EscalatieladderZorgaanbieder,
  RgwMonitorAntwoord,
  type RgwMonitorPeriode,
  UitstroomAntwoord,
} from '../../src/contract/monitor';
import type { Voorziening } from '../../src/contract/voorziening';
import { FASE_BETEKENIS, FASE_NAAM, FASEN } from '../../src/domain/escalatie';
import {
  fasePerMaand,
  legePerFase,
  maandenTussen,
  telPerMaand,
  wisselsPerKwartaal,
} from '../../src/domain/escalatie-monitor';
import { AFRONDINGSBASIS, vrijgave } from '../../src/domain/celsleutel';
import { FOCUSGEBIEDEN, RGW_DOELEN } from '../../src/domain/focusgebieden';
import { MINIMUM_TELLING } from '../../src/domain/privacy';
import { volledigePerioden } from '../../src/domain/rgw-periode';
import { isGemeenteRol } from '../../src/domain/roles';
import { BUURTEN } from '../../src/geo/rotterdam-facts';
import { celsleutelGeheim, recordsleutels } from '../aggregate/recordsleutel';
import { telMonitorPeriode, type MonitorCellen } from '../aggregate/rgw-monitor';
import type { Celtelling } from '../aggregate/rgw-dichtheid';
import type { ApiContext, Gegevens } from '../context';
import { INVENTARISATIE_DATUM } from '../generate/voorzieningen';
import { RGW_START } from '../generate/rgw';
import { IJKPUNT, WACHTNORM_MAANDEN, WONEN_EERST_AFSPRAAK } from '../generate/monitor';
import { geenToegang } from '../http/fout';
import { leesQuery } from '../http/invoer';
import { jsonEenmalig, route } from '../http/route';
/** The Monitor's endpoints take no parameters: anything in the query is a 400, not silently ignored. */
const GeenQuery = z.strictObject({});

const FASE_UITLEG = FASEN.map((fase) => ({ fase, naam: FASE_NAAM[fase], betekenis: FASE_BETEKENIS[fase] }));

/** What every role's ladder answer shares: the phases explained, the inventory, the city per month. */
function ladderBasis(g: Gegevens) {
  const { peildatum, voorzieningen } = g.dataset;
  const maanden = maandenTussen(INVENTARISATIE_DATUM, peildatum);
  const historieen = voorzieningen.map((v) => v.faseHistorie);
  const [inventarisatie] = telPerMaand(historieen, [INVENTARISATIE_DATUM.slice(0, 7)], INVENTARISATIE_DATUM);
  return {
    maanden,
    basis: {
      fasen: FASE_UITLEG,
      inventarisatie: { datum: INVENTARISATIE_DATUM, perFase: inventarisatie?.perFase ?? legePerFase() },
      stad: telPerMaand(historieen, maanden, peildatum),
      bron: g.bron,
    },
  };
}

function locaties(lijst: readonly Voorziening[], maanden: readonly string[], peildatum: string) {
  return lijst.map((v) => ({
    id: v.id,
    naam: v.naam,
    zorgaanbieder: v.zorgaanbieder.naam,
    fase: v.fase,
    perMaand: fasePerMaand(v.faseHistorie, maanden, peildatum),
    wissels: v.faseHistorie.flatMap((w) =>
      w.van === null || w.datum > peildatum ? [] : [{ datum: w.datum, van: w.van, naar: w.naar }],
    ),
  }));
}

function vrij(c: Celtelling) {
  return vrijgave(c.aantal, c.sleutelsom);
}

function periodeUit(periode: string, van: string, tot: string, lopend: boolean, c: MonitorCellen) {
  return {
    periode,
    van,
    tot,
    lopend,
    nieuweZaken: vrij(c.nieuweZaken),
    afgeslotenZaken: vrij(c.afgeslotenZaken),
    reactief: vrij(c.reactief),
    proactief: vrij(c.proactief),
    mono: vrij(c.mono),
    multi: vrij(c.multi),
    integraleActies: c.integraleActies,
    casustafels: c.casustafels,
    stopgesprekken: c.stopgesprekken,
  } satisfies z.input<typeof RgwMonitorPeriode>;
}

const INWONERS = new Map(
  FOCUSGEBIEDEN.map((f) => [
    f.code,
    f.buurten.reduce((som, code) => som + (BUURTEN.find((b) => b.code === code)?.inwoners ?? 0), 0),
  ]),
);

function rgwMonitor(g: Gegevens): z.input<typeof RgwMonitorAntwoord> {
  const { rgw, peildatum } = g.dataset;
  const sleutels = recordsleutels(rgw.zaken, celsleutelGeheim());
  const casustafelsPerJaar = RGW_DOELEN.casustafelsPerFocusgebied * FOCUSGEBIEDEN.length;
  const perJaar = {
    nieuweZaken: RGW_DOELEN.nieuweZaken,
    integraleActies: RGW_DOELEN.integraleActies,
    casustafels: casustafelsPerJaar,
    stopgesprekken: RGW_DOELEN.stopgesprekken,
  };
  const eersteJaar = Number(RGW_START.slice(0, 4));
  const peiljaar = Number(peildatum.slice(0, 4));
  const jaren: z.input<typeof RgwMonitorPeriode>[] = [];
  const focusgebieden: z.input<typeof RgwMonitorAntwoord>['focusgebieden'] = [];
  for (let jaar = eersteJaar; jaar <= peiljaar; jaar++) {
    const van = `${jaar}-01-01`;
    const eind = `${jaar}-12-31`;
    const lopend = eind > peildatum;
    const tot = lopend ? peildatum : eind;
    const cellen = telMonitorPeriode(rgw, van, tot, sleutels);
    jaren.push(periodeUit(String(jaar), van, tot, lopend, cellen));
    for (const f of FOCUSGEBIEDEN) {
      const telling = vrij(cellen.perFocusgebied.get(f.code) ?? { aantal: 0, sleutelsom: 0 });
      const inwoners = INWONERS.get(f.code) ?? 0;
      focusgebieden.push({
        jaar,
        lopend,
        code: f.code,
        naam: f.naam,
        inwoners,
        nieuweZaken: telling,
        // From the released count: the ratio gives away nothing the count does not.
        perDuizend:
          telling.onderdrukt || inwoners === 0 ? null : Math.round((telling.aantal / inwoners) * 10_000) / 10,
      });
    }
  }
  const kwartalen = volledigePerioden('kwartaal', peildatum, RGW_START)
    .reverse()
    .map((p) => periodeUit(p.code, p.van, p.tot, false, telMonitorPeriode(rgw, p.van, p.tot, sleutels)));
  // The baseline is the predecessors' published city-wide totals: only a year before the register's first is sent.
  // An exact count of a year the register holds, beside that year's protected count, would undo the protection.
  const basisRij = g.dataset.monitor.rgwBasis.rijen.filter((r) => r.jaar < eersteJaar).at(-1);
  return {
    afronding: AFRONDINGSBASIS,
    minimum: MINIMUM_TELLING,
    doelen: {
      perJaar,
      perKwartaal: {
        nieuweZaken: perJaar.nieuweZaken / 4,
        integraleActies: perJaar.integraleActies / 4,
        casustafels: perJaar.casustafels / 4,
        stopgesprekken: perJaar.stopgesprekken / 4,
      },
    },
    jaren,
    kwartalen,
    focusgebieden,
    basis: {
      jaar: basisRij?.jaar ?? 2024,
      meldingenOngewensteVerhuur: basisRij?.meldingenOngewensteVerhuur ?? 0,
      meldingenArbeidsmigranten: basisRij?.meldingenArbeidsmigranten ?? 0,
      zakenGeopend: basisRij?.zakenGeopend ?? 0,
      zakenGesloten: basisRij?.zakenGesloten ?? 0,
      herkomst: g.dataset.monitor.rgwBasis.herkomst,
    },
    bron: g.bron,
  };
}

function uitstroom(g: Gegevens): z.input<typeof UitstroomAntwoord> {
  const { uitstroom: u, wachttijd, woningen } = g.dataset.monitor;
  let totaal = 0;
  return {
    ijkpunt: IJKPUNT,
    wachtnorm: WACHTNORM_MAANDEN,
    wonenEerstAfspraak: WONEN_EERST_AFSPRAAK,
    jaren: u.rijen.map((r) => ({
      ...r,
      aandeel:
        r.aanbod === null || r.aanbod === 0 ? null : Math.round((r.uitstroom / r.aanbod) * 1000) / 1000,
    })),
    wachttijd: wachttijd.rijen.map((r) => ({ ...r })),
    woningen: woningen.rijen.map((r) => ({ jaar: r.jaar, doel: r.doel, gerealiseerd: r.gerealiseerd })),
    wonenEerst: woningen.rijen.flatMap((r) => {
      if (r.wonenEerst === null) return [];
      totaal += r.wonenEerst;
      return [{ jaar: r.jaar, nieuw: r.wonenEerst, totaal }];
    }),
    herkomst: { uitstroom: u.herkomst, wachttijd: wachttijd.herkomst, woningen: woningen.herkomst },
    bron: g.bron,
  };
}

export function maakMonitorHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    http.get(
      ctx.basis + PADEN.monitorEscalatieladder,
      route(ctx, ({ url, gebruiker, g }) => {
        leesQuery(url, GeenQuery);
        const { rol } = gebruiker;
        const peildatum = g.dataset.peildatum;
        if (rol === 'publiek') {
          return jsonEenmalig(
            g,
            'monitor-ladder:publiek',
            EscalatieladderPubliek,
            () => ({ rol, ...ladderBasis(g).basis }),
            { rolAfhankelijk: true },
          );
        }
        if (rol === 'zorgaanbieder') {
          const organisatie = gebruiker.organisatie;
          if (!organisatie)
            throw geenToegang('Een zorgaanbieder zonder organisatie ziet geen eigen locaties.');
          return jsonEenmalig(
            g,
            `monitor-ladder:zorgaanbieder:${organisatie.id}`,
            EscalatieladderZorgaanbieder,
            () => {
              const { maanden, basis } = ladderBasis(g);
              const eigen = g.dataset.voorzieningen.filter((v) => v.zorgaanbieder.id === organisatie.id);
              const historieen = eigen.map((v) => v.faseHistorie);
              return {
                rol,
                ...basis,
                organisatie: { id: organisatie.id, naam: organisatie.naam },
                eigen: {
                  perMaand: telPerMaand(historieen, maanden, peildatum),
                  wissels: wisselsPerKwartaal(historieen, peildatum),
                  locaties: locaties(eigen, maanden, peildatum),
                },
              };
            },
            { rolAfhankelijk: true },
          );
        }
        // Unreachable with today's roles; it narrows `rol` for the answer.
        if (!isGemeenteRol(rol)) throw geenToegang('Geen toegang tot de escalatieladder.');
        return jsonEenmalig(
          g,
          `monitor-ladder:${rol}`,
          EscalatieladderGemeente,
          () => {
            const { maanden, basis } = ladderBasis(g);
            const alle = g.dataset.voorzieningen;
            return {
              rol,
              ...basis,
              wissels: wisselsPerKwartaal(
                alle.map((v) => v.faseHistorie),
                peildatum,
              ),
              locaties: locaties(alle, maanden, peildatum),
            };
          },
          { rolAfhankelijk: true },
        );
      }),
    ),
    http.get(
      ctx.basis + PADEN.monitorUitstroom,
      route(ctx, ({ url, g }) => {
        leesQuery(url, GeenQuery);
        return jsonEenmalig(g, 'monitor-uitstroom', UitstroomAntwoord, () => uitstroom(g), {
          rolAfhankelijk: false,
        });
      }),
    ),
    http.get(
      ctx.basis + PADEN.monitorRgw,
      route(ctx, ({ url, g }) => {
        leesQuery(url, GeenQuery);
        return jsonEenmalig(g, 'monitor-rgw', RgwMonitorAntwoord, () => rgwMonitor(g), {
          rolAfhankelijk: false,
        });
      }),
    ),
  ];
}
