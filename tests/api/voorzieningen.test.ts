/** Facilities per role: each answer fits its own strict schema, not a richer one, and carries nothing finer than the role may see. */
import { PRECISIE } from '../../src/domain/roles';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rol } from '../../src/contract/common';
import { FoutAntwoord } from '../../src/contract/common';
import {
  Voorziening,
  VoorzieningDetailPubliek,
  VoorzieningDetailScan,
  VoorzieningDetailZorgaanbieder,
  VoorzieningScan,
  VoorzieningVoorScan,
  VoorzieningVoorZorgaanbieder,
  VoorzieningZorgaanbiederEigen,
  VoorzieningenPubliekAntwoord,
  VoorzieningenScanAntwoord,
  VoorzieningenZorgaanbiederAntwoord,
  VertrouwelijkZorgaanbiederEigen,
} from '../../src/contract/voorziening';
import {
  ROLLEN,
  cacheVoor,
  type Sessie,
  alleObjecten,
  gebruikMockApi,
  haal,
  sessieVoor,
  testDataset,
} from './api-test-helpers';

gebruikMockApi();
const dataset = testDataset();
const sessies = {} as Record<Rol, Sessie>;
beforeAll(async () => {
  for (const rol of ROLLEN) sessies[rol] = await sessieVoor(rol);
});

const PC6_PATROON = /\b[1-9][0-9]{3}\s?[A-Z]{2}\b/;
const LIJST_SCHEMA = {
  publiek: VoorzieningenPubliekAntwoord,
  zorgaanbieder: VoorzieningenZorgaanbiederAntwoord,
  draagkrachtscan: VoorzieningenScanAntwoord,
  beheer: VoorzieningenScanAntwoord,
};
const DETAIL_SCHEMA = {
  publiek: VoorzieningDetailPubliek,
  zorgaanbieder: VoorzieningDetailZorgaanbieder,
  draagkrachtscan: VoorzieningDetailScan,
  beheer: VoorzieningDetailScan,
};
const pc4Centroid = new Map(dataset.pc4.map((p) => [p.code, p.centroid]));
const buurtCentroid = new Map(dataset.buurten.map((b) => [b.code, b.centroid]));
const perId = new Map(dataset.voorzieningen.map((v) => [v.id, v]));
const vertrouwelijk = dataset.voorzieningen.filter((v) => v.vertrouwelijk);
const gewoon = dataset.voorzieningen.filter((v) => !v.vertrouwelijk);

/** Whether any [lon, lat] pair in the JSON is exactly this point (numbers compared, not text: 4.4709 is inside 4.47091). */
function heeftPunt(json: unknown, [lon, lat]: readonly [number, number]): boolean {
  if (!Array.isArray(json)) {
    return (
      typeof json === 'object' && json !== null && Object.values(json).some((w) => heeftPunt(w, [lon, lat]))
    );
  }
  if (json.length === 2 && json[0] === lon && json[1] === lat) return true;
  return json.some((w) => heeftPunt(w, [lon, lat]));
}

function lijst(rol: Rol, query = '') {
  return haal(`/api/voorzieningen${query}`, { token: sessies[rol].token });
}

function ids(json: unknown): string[] {
  const { voorzieningen } = json as { voorzieningen: { id: string }[] };
  return voorzieningen.map((v) => v.id).sort();
}

describe('GET /api/voorzieningen per role', () => {
  it('the dataset has confidential and ordinary locations to test with', () => {
    expect(vertrouwelijk.length).toBeGreaterThan(0);
    expect(gewoon.length).toBeGreaterThan(0);
  });

  it.each(ROLLEN)('%s: parses with its own strict schema only, cache headers for its role', async (rol) => {
    const ruw = await lijst(rol);
    expect(ruw.status).toBe(200);
    expect(ruw.headers.get('cache-control')).toBe(cacheVoor(rol));
    expect(ruw.headers.get('vary')).toBe('Authorization');
    expect(LIJST_SCHEMA[rol].parse(ruw.json).rol).toBe(rol);
    // The municipality's two roles share one view and one schema; every other view must refuse the answer.
    for (const ander of ROLLEN.filter((r) => LIJST_SCHEMA[r] !== LIJST_SCHEMA[rol])) {
      expect(LIJST_SCHEMA[ander].safeParse(ruw.json).success, `${rol} als ${ander}`).toBe(false);
    }
  });

  it.each(ROLLEN)(
    '%s: no Voorziening record, no confidential address anywhere in the raw text',
    async (rol) => {
      const ruw = await lijst(rol);
      const objecten = alleObjecten(ruw.json);
      for (const obj of objecten) expect(Voorziening.safeParse(obj).success).toBe(false);
      for (const v of vertrouwelijk) {
        const { straat, huisnummer, postcode } = v.adres;
        expect(ruw.tekst.includes(postcode), `${v.id}: ${postcode}`).toBe(false);
        expect(heeftPunt(ruw.json, v.positie), `${v.id}: positie`).toBe(false);
        expect(heeftPunt(ruw.json, v.pc6Positie), `${v.id}: pc6Positie`).toBe(false);
        const adres = objecten.filter(
          (o) => 'straat' in o && o.straat === straat && 'huisnummer' in o && o.huisnummer === huisnummer,
        );
        expect(adres, `${v.id}: adres`).toEqual([]);
      }
    },
  );

  it('publiek: PC4 only, exact PC4 centroids, no confidential locations, no richer schema per item', async () => {
    const ruw = await lijst('publiek');
    const antwoord = VoorzieningenPubliekAntwoord.parse(ruw.json);
    expect(PC6_PATROON.exec(ruw.tekst)?.[0]).toBeUndefined();
    for (const straat of new Set(dataset.voorzieningen.map((v) => v.adres.straat))) {
      expect(ruw.tekst.includes(straat), straat).toBe(false);
    }
    for (const v of dataset.voorzieningen) {
      expect(heeftPunt(ruw.json, v.positie), `${v.id}: positie`).toBe(false);
      expect(heeftPunt(ruw.json, v.pc6Positie), `${v.id}: pc6Positie`).toBe(false);
    }
    const sleutels = new Set(alleObjecten(ruw.json).flatMap((o) => Object.keys(o)));
    for (const verboden of [
      'adres',
      'straat',
      'huisnummer',
      'pc6',
      'fase',
      'capaciteit',
      'doelgroep',
      'beheer',
      'buurt',
    ]) {
      expect(sleutels.has(verboden), verboden).toBe(false);
    }
    expect(antwoord.voorzieningen.map((v) => v.id).sort()).toEqual(gewoon.map((v) => v.id).sort());
    expect(antwoord.nietGetoond.vertrouwelijk).toBe(vertrouwelijk.length);
    for (const item of antwoord.voorzieningen) {
      expect(item.positie).toEqual(pc4Centroid.get(item.pc4));
      expect(item.pc4).toBe(perId.get(item.id)?.pc4);
      expect(VoorzieningVoorZorgaanbieder.safeParse(item).success).toBe(false);
      expect(VoorzieningVoorScan.safeParse(item).success).toBe(false);
    }
  });

  it('zorgaanbieder: phase only on its own locations; confidential ones at buurt level without identity', async () => {
    const eigenOrg = sessies.zorgaanbieder.organisatie;
    const antwoord = VoorzieningenZorgaanbiederAntwoord.parse((await lijst('zorgaanbieder')).json);
    expect(antwoord.voorzieningen.map((v) => v.id).sort()).toEqual(
      dataset.voorzieningen.map((v) => v.id).sort(),
    );
    let eigen = 0;
    for (const item of antwoord.voorzieningen) {
      const bron = perId.get(item.id);
      if (!bron) throw new Error(`onbekend id ${item.id}`);
      const isEigen = bron.zorgaanbieder.id === eigenOrg;
      expect(item.eigen).toBe(isEigen);
      expect('fase' in item).toBe(isEigen);
      expect('faseHistorie' in item).toBe(isEigen);
      if (isEigen) eigen++;
      expect(VoorzieningVoorScan.safeParse(item).success).toBe(false);
      if (!isEigen) {
        expect(VoorzieningZorgaanbiederEigen.safeParse(item).success).toBe(false);
        expect(VertrouwelijkZorgaanbiederEigen.safeParse(item).success).toBe(false);
      }
      if (bron.vertrouwelijk) {
        expect(item.precisie).toBe('buurt');
        expect(item.positie).toEqual(buurtCentroid.get(bron.buurt));
        expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['pc6']));
        expect('pc4' in item || 'url' in item || 'adres' in item).toBe(false);
        if (!isEigen) expect('naam' in item || 'zorgaanbieder' in item).toBe(false);
      } else {
        expect(item.precisie).toBe('pc6');
        expect(item.positie).toEqual(bron.pc6Positie);
        expect(item.positie).not.toEqual(bron.positie);
      }
    }
    expect(eigen).toBeGreaterThan(0);
  });

  it('draagkrachtscan: addresses for ordinary locations, buurt level for confidential ones', async () => {
    const antwoord = VoorzieningenScanAntwoord.parse((await lijst('draagkrachtscan')).json);
    expect(antwoord.voorzieningen).toHaveLength(dataset.voorzieningen.length);
    for (const item of antwoord.voorzieningen) {
      const bron = perId.get(item.id);
      if (!bron) throw new Error(`onbekend id ${item.id}`);
      expect(item.fase).toBe(bron.fase);
      if (item.vertrouwelijk) {
        expect(bron.vertrouwelijk).toBe(true);
        expect(item.positie).toEqual(buurtCentroid.get(bron.buurt));
        expect(VoorzieningScan.safeParse(item).success).toBe(false);
      } else {
        expect(item.adres.straat).toBe(bron.adres.straat);
        expect(item.positie).toEqual(bron.positie);
      }
    }
  });
});

describe('filters', () => {
  const metPc6 = gewoon[0];
  if (!metPc6) throw new Error('geen gewone voorziening in de dataset');
  const pc6 = metPc6.adres.postcode;
  const pc4 = metPc6.pc4;

  it('publiek: a PC6 query filters on its PC4, never finer', async () => {
    const op4 = await lijst('publiek', `?postcode=${pc4}`);
    expect(ids(op4.json)).toEqual(
      gewoon
        .filter((v) => v.pc4 === pc4)
        .map((v) => v.id)
        .sort(),
    );
    // ZZ: a PC6 no facility has. Filtering on it would return nothing; publiek must get the whole PC4.
    for (const postcode of [pc6, `${pc4}ZZ`]) {
      const op6 = await lijst('publiek', `?postcode=${postcode}`);
      expect(op6.status).toBe(200);
      expect(ids(op6.json), postcode).toEqual(ids(op4.json));
    }
  });

  it.each(['zorgaanbieder', 'draagkrachtscan'] as const)(
    '%s: a PC6 query filters on the PC6',
    async (rol) => {
      const ruw = await lijst(rol, `?postcode=${pc6.slice(0, 4)}%20${pc6.slice(4).toLowerCase()}`);
      expect(ids(ruw.json)).toEqual(
        gewoon
          .filter((v) => v.adres.postcode === pc6)
          .map((v) => v.id)
          .sort(),
      );
      expect(ids((await lijst(rol, `?postcode=${pc4}ZZ`)).json)).toEqual([]);
    },
  );

  it.each(ROLLEN)('%s: confidential locations drop out of every postcode query', async (rol) => {
    for (const v of vertrouwelijk) {
      for (const postcode of [v.pc4, v.adres.postcode]) {
        const ruw = await lijst(rol, `?postcode=${postcode}`);
        expect(ids(ruw.json)).not.toContain(v.id);
      }
    }
  });

  it.each(ROLLEN)('%s: woonvorm filter', async (rol) => {
    const woonvorm = metPc6.woonvorm;
    const ruw = await lijst(rol, `?woonvorm=${woonvorm}`);
    const { voorzieningen } = LIJST_SCHEMA[rol].parse(ruw.json);
    expect(voorzieningen.length).toBeGreaterThan(0);
    for (const v of voorzieningen) expect(perId.get(v.id)?.woonvorm).toBe(woonvorm);
  });

  it.each(ROLLEN)('%s: bbox filters on the position the role receives, not the true address', async (rol) => {
    const alles = LIJST_SCHEMA[rol].parse((await lijst(rol)).json).voorzieningen;
    // A small box around the true address of one location: only the draagkrachtscan position sits there.
    const [lon, lat] = metPc6.positie;
    const d = 0.0002;
    const bbox = `${lon - d},${lat - d},${lon + d},${lat + d}`;
    const binnen = LIJST_SCHEMA[rol].parse((await lijst(rol, `?bbox=${bbox}`)).json).voorzieningen;
    const verwacht = alles
      .filter(
        (v) =>
          v.positie[0] >= lon - d &&
          v.positie[0] <= lon + d &&
          v.positie[1] >= lat - d &&
          v.positie[1] <= lat + d,
      )
      .map((v) => v.id);
    expect(binnen.map((v) => v.id)).toEqual(verwacht);
    expect(binnen.some((v) => v.id === metPc6.id)).toBe(PRECISIE[rol] === 'adres');
  });

  it('combines filters', async () => {
    const ruw = await lijst(
      'draagkrachtscan',
      `?postcode=${pc4}&woonvorm=${metPc6.woonvorm}&bbox=4.2,51.8,4.7,52.0`,
    );
    expect(ids(ruw.json)).toContain(metPc6.id);
  });
});

describe('bad input', () => {
  it.each([
    [
      '?postcode=30A4',
      'ongeldige_invoer',
      'postcode',
      'postcode "30A4" is geen geldige postcode: verwacht 1234 of 1234AB',
    ],
    ['?postcode=3084SS', 'ongeldige_invoer', 'postcode', undefined],
    ['?woonvorm=xyz', 'ongeldige_invoer', 'woonvorm', undefined],
    ['?kleur=rood', 'ongeldige_invoer', 'kleur', 'onbekende parameter "kleur"'],
    ['?postcode=3084&postcode=3085', 'ongeldige_invoer', 'postcode', undefined],
    ['?bbox=1,2,3', 'ongeldige_invoer', 'bbox', undefined],
    ['?bbox=4.5,51.9,4.4,52.0', 'ongeldige_invoer', 'bbox', undefined],
    ['?bbox=3.0,51.0,5.0,52.5', 'bbox_te_groot', 'bbox', undefined],
    ['?bbox=4.0,51.0,4.5,51.6', 'bbox_te_groot', 'bbox', undefined],
  ])('%s → 400 %s', async (query, code, field, message) => {
    for (const rol of ROLLEN) {
      const ruw = await lijst(rol, query);
      expect(ruw.status).toBe(400);
      const fout = FoutAntwoord.parse(ruw.json);
      expect(fout.error).toMatchObject({ code, field });
      if (message) expect(fout.error.message).toBe(message);
    }
  });

  it('an empty parameter counts as absent, as a cleared search field does', async () => {
    const ruw = await lijst('publiek', '?postcode=&woonvorm=');
    expect(ruw.status).toBe(200);
  });
});

describe('GET /api/voorzieningen/:id', () => {
  it.each(ROLLEN)(
    '%s: every visible id parses with the role schema and matches the list item',
    async (rol) => {
      const lijstItems = LIJST_SCHEMA[rol].parse((await lijst(rol)).json).voorzieningen;
      for (const item of lijstItems) {
        const ruw = await haal(`/api/voorzieningen/${item.id}`, { token: sessies[rol].token });
        expect(ruw.status).toBe(200);
        expect(ruw.headers.get('cache-control')).toBe(cacheVoor(rol));
        const detail = DETAIL_SCHEMA[rol].parse(ruw.json);
        expect(detail.voorziening).toEqual(item);
      }
    },
  );

  it('publiek: a confidential id answers exactly like an unknown one', async () => {
    const onbekend = await haal('/api/voorzieningen/vz-999');
    expect(onbekend.status).toBe(404);
    const foutOnbekend = FoutAntwoord.parse(onbekend.json).error;
    for (const v of vertrouwelijk) {
      const ruw = await haal(`/api/voorzieningen/${v.id}`);
      expect(ruw.status).toBe(404);
      const fout = FoutAntwoord.parse(ruw.json).error;
      expect(fout.code).toBe('niet_gevonden');
      expect(fout.message.replace(v.id, 'ID')).toBe(foutOnbekend.message.replace('vz-999', 'ID'));
    }
  });

  it.each(ROLLEN)('%s: unknown id 404, malformed id 400', async (rol) => {
    const onbekend = await haal('/api/voorzieningen/vz-999', { token: sessies[rol].token });
    expect(onbekend.status).toBe(404);
    expect(FoutAntwoord.parse(onbekend.json).error.code).toBe('niet_gevonden');
    const fout = await haal('/api/voorzieningen/VZ1', { token: sessies[rol].token });
    expect(fout.status).toBe(400);
    expect(FoutAntwoord.parse(fout.json).error).toMatchObject({ code: 'ongeldige_invoer', field: 'id' });
  });
});
