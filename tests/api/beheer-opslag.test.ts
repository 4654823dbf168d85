/**
 * The API over the store, as `beheer` uses it: phase changes recorded as events (and seen by the other roles at their
 * precision), the audit trail with sign-ins, address-level reads and phase changes, and the gates on every new
 * endpoint (401 without sign-in, 403 for the other roles, 405 for any method that would change the trail).
 */
import { describe, expect, it } from 'vitest';
import { AuditAntwoord, AuditControleAntwoord } from '../../src/contract/audit';
import { FoutAntwoord } from '../../src/contract/common';
import {
  FaseWisselAntwoord,
  VoorzieningDetailScan,
  VoorzieningDetailZorgaanbieder,
} from '../../src/contract/voorziening';
import { gebruikMockApiOpOpslag, haal, login, ROLLEN, sessieVoor, testDataset } from './api-test-helpers';

const api = gebruikMockApiOpOpslag();

/** A location in fase 0 that is not confidential, run by a provider: the phase-change tests move it up. */
function kandidaat(fase: string, vertrouwelijk = false) {
  const v = testDataset().voorzieningen.find((x) => x.fase === fase && x.vertrouwelijk === vertrouwelijk);
  if (!v) throw new Error(`geen voorziening in fase ${fase}`);
  return v;
}

async function wijzig(token: string | null, id: string, body: unknown) {
  return haal(`/api/voorzieningen/${id}/fase`, {
    token,
    methode: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('fase wijzigen (beheer)', () => {
  it('legt een stap vast: 201 met de nieuwe historie, die draagkrachtscan en de eigen zorgaanbieder meteen zien', async () => {
    const v = kandidaat('0');
    const beheer = await login({ rol: 'beheer' });
    const ruw = await wijzig(beheer, v.id, { naar: '1', datum: '2026-11-19' });
    expect(ruw.status).toBe(201);
    const antwoord = FaseWisselAntwoord.parse(ruw.json);
    expect(antwoord.fase).toBe('1');
    expect(antwoord.faseHistorie.at(-1)).toEqual({
      datum: '2026-11-19',
      van: '0',
      naar: '1',
      reden: 'Eén stap op de escalatieladder',
    });

    const scan = await login({ rol: 'draagkrachtscan' });
    const detail = VoorzieningDetailScan.parse(
      (await haal(`/api/voorzieningen/${v.id}`, { token: scan })).json,
    );
    expect(detail.voorziening.fase).toBe('1');
    expect(detail.voorziening.faseHistorie).toEqual(antwoord.faseHistorie);

    const eigen = await login({ rol: 'zorgaanbieder', organisatie: v.zorgaanbieder.id });
    const zaDetail = VoorzieningDetailZorgaanbieder.parse(
      (await haal(`/api/voorzieningen/${v.id}`, { token: eigen })).json,
    ).voorziening;
    expect('faseHistorie' in zaDetail ? zaDetail.faseHistorie : null).toEqual(antwoord.faseHistorie);

    const ander = testDataset().zorgaanbieders.find((o) => o.id !== v.zorgaanbieder.id);
    const vreemd = await login({ rol: 'zorgaanbieder', organisatie: ander?.id });
    const zaVreemd = (await haal(`/api/voorzieningen/${v.id}`, { token: vreemd })).json;
    expect(JSON.stringify(zaVreemd)).not.toContain('faseHistorie');
  });

  it('weigert wat de ladder niet toestaat met een Nederlandse melding bij het veld', async () => {
    const beheer = await login({ rol: 'beheer' });
    const v = kandidaat('0');
    const gevallen: [unknown, number, string | undefined, RegExp][] = [
      [{ naar: '3b', datum: '2026-11-19' }, 409, 'naar', /3b komt alleen boven op fase 3a/],
      [{ naar: '3a', datum: '2026-11-19' }, 400, 'reden', /geef een reden/],
      [{ naar: '1', datum: '2099-01-01' }, 400, 'datum', /in de toekomst/],
      [{ naar: '1', datum: '2001-01-01' }, 409, 'datum', /voor de laatste fasewissel/],
      [{ naar: '7', datum: '2026-11-19' }, 400, 'naar', /naar "7" is ongeldig/],
      [{ naar: '1' }, 400, 'datum', /datum ontbreekt/],
    ];
    for (const [body, status, veld, melding] of gevallen) {
      const ruw = await wijzig(beheer, v.id, body);
      expect(ruw.status, JSON.stringify(body)).toBe(status);
      const fout = FoutAntwoord.parse(ruw.json).error;
      expect(fout.field).toBe(veld);
      expect(fout.message).toMatch(melding);
    }
    expect((await wijzig(beheer, 'vz-999', { naar: '1', datum: '2026-11-19' })).status).toBe(404);
  });

  it('is alleen voor beheer: 401 zonder aanmelding, 403 voor de andere rollen, en niets vastgelegd', async () => {
    const v = kandidaat('2');
    for (const rol of ROLLEN.filter((r) => r !== 'beheer')) {
      const { token } = await sessieVoor(rol);
      const ruw = await wijzig(token, v.id, { naar: '3a', datum: '2026-11-19' });
      expect(ruw.status, rol).toBe(rol === 'publiek' ? 401 : 403);
      expect(FoutAntwoord.safeParse(ruw.json).success).toBe(true);
    }
    const nu = await api.opslag().gegevens();
    expect(nu.voorzieningen.get(v.id)?.fase).toBe('2');
  });
});

describe('audittrail (beheer)', () => {
  it('noemt het inloggen, de lezingen op adresniveau en de fasewissel, gefilterd en per pagina, in een gave keten', async () => {
    const scan = await login({ rol: 'draagkrachtscan' });
    expect((await haal('/api/voorzieningen', { token: scan })).status).toBe(200);
    expect((await haal('/api/voorzieningen/vz-010', { token: scan })).status).toBe(200);
    expect((await haal('/api/rgw/dichtheid?niveau=buurt', { token: scan })).status).toBe(200);
    const beheer = await login({ rol: 'beheer' });

    const alles = AuditAntwoord.parse((await haal('/api/audit?limiet=500', { token: beheer })).json).regels;
    const wat = new Set(alles.map((r) => r.wat));
    for (const soort of ['inloggen', 'lezen-adresniveau', 'lezen-rgw-fijn', 'fasewissel'])
      expect(wat).toContain(soort);
    const lezing = alles.find((r) => r.wat === 'lezen-adresniveau' && r.details.voorziening === 'vz-010');
    expect(lezing).toMatchObject({
      rol: 'draagkrachtscan',
      wie: 'Demo-beoordelaar gemeente',
      organisatie: 'gm0599',
    });

    const scanRegels = AuditAntwoord.parse(
      (await haal('/api/audit?rol=draagkrachtscan&wat=inloggen', { token: beheer })).json,
    ).regels;
    expect(scanRegels.length).toBeGreaterThan(0);
    expect(scanRegels.every((r) => r.rol === 'draagkrachtscan' && r.wat === 'inloggen')).toBe(true);

    const eerste = AuditAntwoord.parse((await haal('/api/audit?limiet=2', { token: beheer })).json);
    expect(eerste.regels).toHaveLength(2);
    expect(eerste.volgende).not.toBeNull();
    const tweede = AuditAntwoord.parse(
      (await haal(`/api/audit?limiet=2&voor=${eerste.volgende}`, { token: beheer })).json,
    );
    expect(tweede.regels[0]?.volgnummer).toBeLessThan(eerste.regels[1]?.volgnummer ?? 0);

    const controle = AuditControleAntwoord.parse((await haal('/api/audit/controle', { token: beheer })).json);
    expect(controle).toMatchObject({ goed: true });
    expect((await haal('/api/audit?van=2026-12-02&tot=2026-12-01', { token: beheer })).status).toBe(400);
  });

  it('kan door geen enkele methode gewijzigd of gewist worden: 405 met JSON', async () => {
    const beheer = await login({ rol: 'beheer' });
    for (const pad of ['/api/audit', '/api/audit/controle']) {
      for (const methode of ['PUT', 'DELETE', 'PATCH', 'POST']) {
        const ruw = await haal(pad, {
          token: beheer,
          methode,
          body: methode === 'DELETE' ? undefined : '{}',
        });
        expect(ruw.status, `${methode} ${pad}`).toBe(405);
        expect(FoutAntwoord.parse(ruw.json).error.code).toBe('methode_niet_toegestaan');
        expect(ruw.headers.get('allow')).toBe('GET');
      }
    }
    expect(
      AuditControleAntwoord.parse((await haal('/api/audit/controle', { token: beheer })).json).goed,
    ).toBe(true);
  });

  it('is alleen voor beheer: 401 zonder aanmelding, 403 voor de andere rollen', async () => {
    for (const pad of ['/api/audit', '/api/audit/controle']) {
      for (const rol of ROLLEN.filter((r) => r !== 'beheer')) {
        const { token } = await sessieVoor(rol);
        const ruw = await haal(pad, { token });
        expect(ruw.status, `${rol} ${pad}`).toBe(rol === 'publiek' ? 401 : 403);
        expect(FoutAntwoord.safeParse(ruw.json).success).toBe(true);
      }
    }
  });
});
