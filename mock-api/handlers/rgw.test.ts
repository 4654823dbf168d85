/**
 * The density endpoint per role against the per-case reference count with the cell-key release applied (perturbed,
 * rounded to 5, suppressed under 5, on the fixed grid), for many random queries on the default dataset and on a
 * city-wide one: the handlers read the index, the reference reads the cases.
 */
import { isGemeenteRol } from '../../src/domain/roles';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PADEN } from '../../src/contract/endpoints';
import { ProbleemCategorie } from '../../src/contract/rgw';
import { FOCUSGEBIEDEN } from '../../src/domain/focusgebieden';
import type { Rol } from '../../src/contract/common';
import { vrijgave } from '../../src/domain/celsleutel';
import { PERIODESOORTEN, volledigePerioden } from '../../src/domain/rgw-periode';
import { focusraster } from '../aggregate/focusraster';
import type { Celtelling } from '../aggregate/rgw-dichtheid';
import { type Niveau, referentie } from '../aggregate/rgw-dichtheid-referentie';
import { genereerDemoDataset, maakDemoDataset } from '../generate/dataset';
import type { DemoDataset } from '../generate/dataset-types';
import { Rng } from '../generate/random';
import { maakHandlers } from '../handlers';
import { bepaalPeriode, STANDAARD_RESOLUTIE } from './rgw';

const BASIS = 'http://hkd.test';
const GEHEIM = new TextEncoder().encode('test-geheim-voor-de-dichtheidstest-minstens-32-tekens');

async function vraag(handlers: ReturnType<typeof maakHandlers>, pad: string, init: RequestInit = {}) {
  const antwoord = await getResponse(handlers, new Request(BASIS + pad, init));
  if (!antwoord) throw new Error(`geen handler voor ${pad}`);
  return { status: antwoord.status, json: (await antwoord.json()) as unknown };
}

async function token(handlers: ReturnType<typeof maakHandlers>, body: object): Promise<string> {
  const { status, json } = await vraag(handlers, PADEN.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(status).toBe(200);
  return (json as { token: string }).token;
}

const LEEG: Celtelling = Object.freeze({ aantal: 0, sleutelsom: 0 });
const vrij = (c: Celtelling | undefined) => vrijgave((c ?? LEEG).aantal, (c ?? LEEG).sleutelsom);

/** What the endpoint must answer, built from the reference count and the release rule. */
function verwacht(dataset: DemoDataset, query: URLSearchParams, rol: Rol, cellen: Map<number, string[]>) {
  const { zaken } = dataset.rgw;
  const periode = bepaalPeriode({ periode: query.get('periode') ?? undefined }, rol, dataset.peildatum);
  const filter = {
    van: periode.van,
    tot: periode.tot,
    categorie: ProbleemCategorie.nullable().parse(query.get('categorie')),
  };
  if (!isGemeenteRol(rol)) {
    const { perSleutel } = referentie(zaken, filter, { soort: 'focusgebied' });
    return {
      niveau: 'focusgebied',
      focusgebieden: FOCUSGEBIEDEN.map((f) => ({
        code: f.code,
        telling: vrij(perSleutel.get(f.code)),
      })),
    };
  }
  if (query.get('niveau') === 'buurt') {
    const { totaal, perSleutel } = referentie(zaken, filter, { soort: 'buurt' });
    return {
      niveau: 'buurt',
      totaal: vrij(totaal),
      buurten: dataset.buurten.map((b) => ({ buurt: b.code, telling: vrij(perSleutel.get(b.code)) })),
    };
  }
  const niveau: Niveau = { soort: 'h3', resolutie: Number(query.get('resolutie') ?? STANDAARD_RESOLUTIE) };
  const { totaal, perSleutel } = referentie(zaken, filter, niveau, cellen);
  return {
    niveau: 'h3',
    totaal: vrij(totaal),
    cellen: focusraster(niveau.resolutie).map((h3) => ({ h3, ...vrij(perSleutel.get(h3)) })),
  };
}

function willekeurigeQuery(rng: Rng, rol: Rol, peildatum: string): URLSearchParams {
  const q = new URLSearchParams();
  if (rng.kans(0.8)) {
    // Any fixed period of a kind the role may ask for, from before the data to the last one that is over.
    const perioden = volledigePerioden(rng.kies(PERIODESOORTEN[rol]), peildatum, '2024-10-01');
    q.set('periode', rng.kies(perioden).code);
  }
  if (rng.kans(0.6)) q.set('categorie', rng.kies(ProbleemCategorie.options));
  if (isGemeenteRol(rol)) {
    if (rng.kans(0.25)) q.set('niveau', 'buurt');
    else if (rng.kans(0.8)) q.set('resolutie', String(rng.kies([7, 8, 9])));
  }
  return q;
}

describe.each([
  { naam: 'the default dataset', maak: () => maakDemoDataset() },
  { naam: 'a city-wide dataset of 20,000 cases', maak: () => genereerDemoDataset({ rgwAantalStad: 20_000 }) },
])('GET /api/rgw/dichtheid on $naam', ({ maak }) => {
  it('answers every role as the per-case count released with the cell-key method', async () => {
    const dataset = maak();
    const handlers = maakHandlers({ modus: 'server', dataset, basis: '*', geheim: GEHEIM });
    const organisatie = dataset.zorgaanbieders[0]?.id;
    const tokens: Record<Rol, string | null> = {
      publiek: null,
      zorgaanbieder: await token(handlers, { rol: 'zorgaanbieder', organisatie }),
      draagkrachtscan: await token(handlers, { rol: 'draagkrachtscan' }),
      beheer: await token(handlers, { rol: 'beheer' }),
    };
    const rng = new Rng(dataset.rgw.zaken.length, 'dichtheid-handler-test');
    const cellen = new Map<number, string[]>();
    for (let i = 0; i < 60; i++) {
      const rol = rng.kies(['publiek', 'zorgaanbieder', 'draagkrachtscan', 'beheer'] as const);
      const query = willekeurigeQuery(rng, rol, dataset.peildatum);
      const t = tokens[rol];
      const { status, json } = await vraag(handlers, `${PADEN.rgwDichtheid}?${query}`, {
        headers: t ? { authorization: `Bearer ${t}` } : {},
      });
      expect(status, `${rol} ?${query}`).toBe(200);
      expect(json, `${rol} ?${query}`).toMatchObject(verwacht(dataset, query, rol, cellen));
    }
  });
});
