/**
 * The density endpoint per role against the per-case reference count with suppression applied, for many random
 * queries on the default dataset and on a city-wide one: the handlers read the index, the reference reads the cases.
 */
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PADEN } from '../../src/contract/endpoints';
import { ProbleemCategorie } from '../../src/contract/rgw';
import { FOCUSGEBIEDEN } from '../../src/domain/focusgebieden';
import { telling } from '../../src/domain/privacy';
import { type Niveau, referentie } from '../aggregate/rgw-dichtheid-referentie';
import { genereerDemoDataset, maakDemoDataset } from '../generate/dataset';
import type { DemoDataset } from '../generate/dataset-types';
import { dagVanIso, isoVanDag } from '../generate/datum';
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

/** What the endpoint must answer, built from the reference count and the privacy rule. */
function verwacht(dataset: DemoDataset, query: URLSearchParams, rol: string, cellen: Map<number, string[]>) {
  const { zaken } = dataset.rgw;
  const periode = bepaalPeriode(
    query.get('van') ?? undefined,
    query.get('tot') ?? undefined,
    dataset.peildatum,
  );
  const filter = { ...periode, categorie: ProbleemCategorie.nullable().parse(query.get('categorie')) };
  if (rol !== 'draagkrachtscan') {
    const { perSleutel } = referentie(zaken, filter, { soort: 'focusgebied' });
    return {
      niveau: 'focusgebied',
      focusgebieden: FOCUSGEBIEDEN.map((f) => ({
        code: f.code,
        telling: telling(perSleutel.get(f.code) ?? 0),
      })),
    };
  }
  if (query.get('niveau') === 'buurt') {
    const { totaal, perSleutel } = referentie(zaken, filter, { soort: 'buurt' });
    return {
      niveau: 'buurt',
      totaal,
      buurten: dataset.buurten.map((b) => ({ buurt: b.code, telling: telling(perSleutel.get(b.code) ?? 0) })),
    };
  }
  const niveau: Niveau = { soort: 'h3', resolutie: Number(query.get('resolutie') ?? STANDAARD_RESOLUTIE) };
  const { totaal, perSleutel } = referentie(zaken, filter, niveau, cellen);
  return { niveau: 'h3', totaal, cellen: [...perSleutel].map(([h3, n]) => ({ h3, ...telling(n) })) };
}

function willekeurigeQuery(rng: Rng, rol: string, peildatum: string): URLSearchParams {
  const q = new URLSearchParams();
  const eind = dagVanIso(peildatum);
  if (rng.kans(0.8)) {
    // Within the API's three-year limit, ending anywhere from before the data to after the peildatum.
    const tot = rng.geheel(dagVanIso('2024-12-01'), eind + 30);
    q.set('tot', isoVanDag(tot));
    q.set('van', isoVanDag(tot - rng.geheel(0, 3 * 365 - 1)));
  }
  if (rng.kans(0.6)) q.set('categorie', rng.kies(ProbleemCategorie.options));
  if (rol === 'draagkrachtscan') {
    if (rng.kans(0.25)) q.set('niveau', 'buurt');
    else if (rng.kans(0.8)) q.set('resolutie', String(rng.kies([7, 8, 9])));
  }
  return q;
}

describe.each([
  { naam: 'the default dataset', maak: () => maakDemoDataset() },
  { naam: 'a city-wide dataset of 20,000 cases', maak: () => genereerDemoDataset({ rgwAantalStad: 20_000 }) },
])('GET /api/rgw/dichtheid on $naam', ({ maak }) => {
  it('answers every role exactly as the per-case count, suppression applied', async () => {
    const dataset = maak();
    const handlers = maakHandlers({ modus: 'server', dataset, basis: '*', geheim: GEHEIM });
    const organisatie = dataset.zorgaanbieders[0]?.id;
    const tokens: Record<string, string | null> = {
      publiek: null,
      zorgaanbieder: await token(handlers, { rol: 'zorgaanbieder', organisatie }),
      draagkrachtscan: await token(handlers, { rol: 'draagkrachtscan' }),
    };
    const rng = new Rng(dataset.rgw.zaken.length, 'dichtheid-handler-test');
    const cellen = new Map<number, string[]>();
    for (let i = 0; i < 60; i++) {
      const rol = rng.kies(Object.keys(tokens));
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
