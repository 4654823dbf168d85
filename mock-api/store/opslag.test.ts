/**
 * The store on every database the tests can reach (PGlite always, PostgreSQL in CI): migrations, the demo data in and
 * out unchanged, phase changes as events under the ladder's rules, and an audit trail that notices tampering.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { genereerDemoDataset } from '../generate/dataset';
import { controleerAudit, leesAudit, schrijfAudit } from './audit';
import { leesMigraties, migreer, MigratieFout } from './migreer';
import { bereidVoor, isLeeg, legFaseWisselVast, leesDataset, OpslagFout } from './opslag';
import { testDatabases, warmSjablonenOp } from './test-databases';
import { open, type Verbinding } from './verbinding';

const DOOR = Object.freeze({ wie: 'beheerder@rotterdam.nl', rol: 'beheer', organisatie: 'gm0599' });

// The templates are the fixture, made once per worker: a new PGlite with the demo data takes seconds.
beforeAll(warmSjablonenOp);

let open_: Verbinding[] = [];
afterEach(async () => {
  await Promise.all(open_.map((db) => db.sluit()));
  open_ = [];
});

for (const database of testDatabases()) {
  const maak: typeof database.maak = async (inhoud) => {
    const db = await database.maak(inhoud);
    open_.push(db);
    return db;
  };

  describe(`opslag op ${database.naam}`, () => {
    it('migreert eenmaal: een tweede keer doet niets, een gewijzigde migratie wordt geweigerd', async () => {
      const db = await maak('leeg');
      expect(await migreer(db)).toEqual([]);
      const [eerste, ...rest] = leesMigraties();
      if (!eerste) throw new Error('geen migraties');
      await expect(
        migreer(db, [{ ...eerste, sql: `${eerste.sql}\n-- later gewijzigd` }, ...rest]),
      ).rejects.toThrow(MigratieFout);
    });

    it('geeft de demodata terug zoals ze erin ging: elke voorziening met haar fasehistorie, de zaken, de tellingen', async () => {
      const db = await maak('demodata');
      const verwacht = genereerDemoDataset();
      const terug = await leesDataset(db, verwacht);
      expect(terug.voorzieningen).toEqual(verwacht.voorzieningen);
      expect(terug.zorgaanbieders).toEqual(verwacht.zorgaanbieders);
      expect(terug.gemeente).toEqual(verwacht.gemeente);
      expect(terug.rgw.zaken).toEqual([...verwacht.rgw.zaken].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect(terug.rgw.integraleActies).toEqual(verwacht.rgw.integraleActies);
      expect(terug.rgw.stopgesprekken).toEqual(verwacht.rgw.stopgesprekken);
      expect(terug.rgw.casustafels).toEqual(verwacht.rgw.casustafels);
      expect(terug.individueleWoningen).toEqual(verwacht.individueleWoningen);
      expect([terug.seed, terug.peildatum]).toEqual([verwacht.seed, verwacht.peildatum]);
    });

    it('vult een lege opslag eenmaal met de begindataset, een gevulde nooit opnieuw', async () => {
      const db = await maak('leeg');
      expect(await isLeeg(db)).toBe(true);
      expect(await bereidVoor(db, { beginDataset: genereerDemoDataset })).toEqual({ gevuld: true });
      expect(await bereidVoor(db, { beginDataset: genereerDemoDataset })).toEqual({ gevuld: false });
      expect(await isLeeg(db)).toBe(false);
    });

    it('legt een fasewissel vast als gebeurtenis: de fase en de historie volgen eruit, met een auditregel', async () => {
      const db = await maak('demodata');
      const dataset = genereerDemoDataset();
      const locatie = dataset.voorzieningen.find((v) => v.fase === '1');
      if (!locatie) throw new Error('geen locatie in fase 1');
      const wissel = await legFaseWisselVast(db, {
        voorziening: locatie.id,
        naar: '2',
        datum: '2026-11-25',
        door: DOOR,
      });
      expect(wissel).toEqual({
        datum: '2026-11-25',
        van: '1',
        naar: '2',
        reden: 'Eén stap op de escalatieladder',
      });
      const terug = (await leesDataset(db, dataset)).voorzieningen.find((v) => v.id === locatie.id);
      expect(terug?.fase).toBe('2');
      expect(terug?.faseHistorie).toEqual([...locatie.faseHistorie, wissel]);
      const [regel] = await leesAudit(db, { wat: 'fasewissel' });
      expect(regel).toMatchObject({
        wie: DOOR.wie,
        rol: 'beheer',
        details: { voorziening: locatie.id, van: '1', naar: '2' },
      });
    });

    it('weigert wat de ladder niet toestaat, en schrijft dan niets', async () => {
      const db = await maak('demodata');
      const dataset = genereerDemoDataset();
      const nul = dataset.voorzieningen.find((v) => v.fase === '0');
      if (!nul) throw new Error('geen locatie in fase 0');
      const gevallen = [
        { naar: '2' as const, veld: 'reden', tekst: /sprong van 2 stappen: geef een reden/ },
        { naar: '3b' as const, veld: 'naar', tekst: /3b komt alleen boven op fase 3a/ },
        { naar: '0' as const, veld: 'naar', tekst: /staat al in fase 0/ },
      ];
      for (const geval of gevallen) {
        const poging = legFaseWisselVast(db, {
          voorziening: nul.id,
          naar: geval.naar,
          datum: '2026-11-25',
          door: DOOR,
        });
        await expect(poging).rejects.toBeInstanceOf(OpslagFout);
        await expect(poging).rejects.toMatchObject({
          field: geval.veld,
          message: expect.stringMatching(geval.tekst),
        });
      }
      await expect(
        legFaseWisselVast(db, { voorziening: 'vz-999', naar: '1', datum: '2026-11-25', door: DOOR }),
      ).rejects.toMatchObject({ code: 'onbekende_voorziening' });
      const met = await legFaseWisselVast(db, {
        voorziening: nul.id,
        naar: '2',
        datum: '2026-11-25',
        reden: 'Ernstige overlast na een incident',
        door: DOOR,
      });
      expect(met.reden).toBe('Ernstige overlast na een incident');
      expect(await leesAudit(db, { wat: 'fasewissel' })).toHaveLength(1);
    });

    it('de audittrail is een keten: controle slaagt, en vindt de eerste met de hand gewijzigde of gewiste regel', async () => {
      const db = await maak('leeg');
      for (let i = 0; i < 5; i++) {
        await schrijfAudit(db, {
          ...DOOR,
          wat: 'lezen-adresniveau',
          doel: `dossier ${i}`,
          details: { n: i },
        });
      }
      expect(await controleerAudit(db)).toMatchObject({ goed: true, regels: 5 });
      // The API cannot change it: the table refuses updates and deletes.
      await expect(db.query("UPDATE audit SET doel = 'anders' WHERE volgnummer = 3")).rejects.toThrow(
        /alleen worden aangevuld/,
      );
      await expect(db.query('DELETE FROM audit WHERE volgnummer = 2')).rejects.toThrow(
        /alleen worden aangevuld/,
      );
      // Someone with the database's own rights switches the guard off and edits a row.
      await db.exec('ALTER TABLE audit DISABLE TRIGGER audit_geen_wijziging');
      await db.query("UPDATE audit SET doel = 'anders' WHERE volgnummer = 3");
      expect(await controleerAudit(db)).toMatchObject({ goed: false, volgnummer: 3, probleem: 'gewijzigd' });
      await db.query("UPDATE audit SET doel = 'dossier 2' WHERE volgnummer = 3");
      expect(await controleerAudit(db)).toMatchObject({ goed: true });
      await db.query('DELETE FROM audit WHERE volgnummer = 2');
      expect(await controleerAudit(db)).toMatchObject({
        goed: false,
        volgnummer: 3,
        probleem: 'ingevoegd-of-verwijderd',
      });
    });

    it('filtert de audittrail, nieuwste eerst', async () => {
      const db = await maak('leeg');
      await schrijfAudit(db, { ...DOOR, wat: 'inloggen' }, new Date('2026-11-01T10:00:00Z'));
      await schrijfAudit(
        db,
        { ...DOOR, wat: 'export', details: { soort: 'csv' } },
        new Date('2026-11-02T10:00:00Z'),
      );
      await schrijfAudit(db, { ...DOOR, wat: 'inloggen' }, new Date('2026-11-03T10:00:00Z'));
      expect((await leesAudit(db, { wat: 'inloggen' })).map((r) => r.volgnummer)).toEqual([3, 1]);
      expect((await leesAudit(db, { van: '2026-11-02', tot: '2026-11-02' })).map((r) => r.wat)).toEqual([
        'export',
      ]);
      expect((await leesAudit(db, { limiet: 1 }))[0]?.tijd).toBe('2026-11-03T10:00:00.000Z');
    });
  });
}

describe('opslag in een map (PGlite, zoals .hkd-data/)', () => {
  it('bewaart wat er is vastgelegd over een herstart heen', async () => {
    const map = mkdtempSync(join(tmpdir(), 'hkd-opslag-'));
    try {
      const eerste = await open({ map });
      await bereidVoor(eerste, { beginDataset: genereerDemoDataset });
      const dataset = genereerDemoDataset();
      const locatie = dataset.voorzieningen.find((v) => v.fase === '1');
      if (!locatie) throw new Error('geen locatie in fase 1');
      await legFaseWisselVast(eerste, {
        voorziening: locatie.id,
        naar: '2',
        datum: '2026-11-25',
        door: DOOR,
      });
      await eerste.sluit();

      const tweede = await open({ map });
      expect(await bereidVoor(tweede, { beginDataset: genereerDemoDataset })).toEqual({ gevuld: false });
      const terug = await leesDataset(tweede, dataset);
      expect(terug.voorzieningen.find((v) => v.id === locatie.id)?.fase).toBe('2');
      expect(await controleerAudit(tweede)).toMatchObject({ goed: true, regels: 1 });
      await tweede.sluit();
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
