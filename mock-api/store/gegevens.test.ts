/**
 * Freshness across processes: two API contexts on one database (PGlite in memory here, PostgreSQL in CI) each keep
 * their own cache; a write through one, or straight into the database, is served by the other on its next request,
 * and only the part that changed is read again.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maakDemoDataset } from '../generate/dataset';
import { schrijfAudit } from './audit';
import { maakAuditWachtrij } from './audit-wachtrij';
import { koppelOpslag } from './koppeling';
import { leesAudit } from './audit';
import { testDatabases, warmSjablonenOp } from './test-databases';
import type { Verbinding } from './verbinding';

const DOOR = Object.freeze({ wie: 'Demo-gegevensbeheerder gemeente', rol: 'beheer', organisatie: 'gm0599' });

beforeAll(warmSjablonenOp);

let open_: Verbinding[] = [];
afterEach(async () => {
  await Promise.all(open_.map((db) => db.sluit()));
  open_ = [];
});

for (const database of testDatabases()) {
  describe(`gegevens uit de opslag op ${database.naam}`, () => {
    it('een fasewissel via de ene context staat meteen in de andere; alleen de inventaris wordt opnieuw gelezen', async () => {
      const db = await database.maak('demodata');
      open_.push(db);
      const gebieden = maakDemoDataset();
      const a = koppelOpslag(db, gebieden);
      const b = koppelOpslag(db, gebieden);
      const voor = await b.gegevens();
      const id = voor.dataset.voorzieningen.find((v) => v.fase === '0')?.id;
      if (!id) throw new Error('geen voorziening in fase 0');
      // The same version twice: the same object, nothing read again.
      expect(await b.gegevens()).toBe(voor);

      await a.diensten.legFaseWisselVast(
        { voorziening: id, naar: '1', datum: '2026-11-30', door: DOOR },
        new Date('2026-11-30T10:00:00Z'),
      );
      const na = await b.gegevens();
      expect(na.versie).not.toBe(voor.versie);
      expect(na.voorzieningen.get(id)?.fase).toBe('1');
      expect(na.voorzieningen.get(id)?.faseHistorie.at(-1)).toMatchObject({ van: '0', naar: '1' });
      // The RGW register did not change: the same case list, so the density index is not rebuilt.
      expect(na.dataset.rgw.zaken).toBe(voor.dataset.rgw.zaken);
      expect(b.gegevens.geladen).toEqual({ inventaris: 2, rgw: 1, woningen: 1 });
    });

    it('ziet ook een schrijver buiten de API (een import, een ander proces) en de bron van geïmporteerde gegevens', async () => {
      const db = await database.maak('demodata');
      open_.push(db);
      const lezer = koppelOpslag(db, maakDemoDataset());
      const voor = await lezer.gegevens();
      expect(voor.bron.dataset).toBe('demodata');
      await db.query('UPDATE individuele_woningen SET wonen_eerst = wonen_eerst + 1');
      await db.query(`UPDATE dataset SET waarde = 'import 2026-12' WHERE sleutel = 'bron'`);
      const na = await lezer.gegevens();
      expect(na.bron.dataset).toBe('gemeente');
      expect([...na.dataset.individueleWoningen.values()][0]?.wonenEerst).toBe(
        ([...voor.dataset.individueleWoningen.values()][0]?.wonenEerst ?? 0) + 1,
      );
    });

    it('schrijft lezingen gebundeld: één regel per wie en wat met het aantal, in een gave keten', async () => {
      const db = await database.maak('demodata');
      open_.push(db);
      const wachtrij = maakAuditWachtrij(db, { intervalMs: 60_000 });
      for (let i = 0; i < 1000; i++) {
        wachtrij.noteer({ ...DOOR, wat: 'lezen-adresniveau', details: { voorziening: 'vz-001' } });
      }
      wachtrij.noteer({ ...DOOR, wat: 'lezen-adresniveau', details: { voorziening: 'vz-002' } });
      await schrijfAudit(db, { ...DOOR, wat: 'inloggen' });
      await wachtrij.leeg();
      const regels = await leesAudit(db, { wat: 'lezen-adresniveau' });
      expect(regels.map((r) => [r.details.voorziening, r.details.aantal])).toEqual([
        ['vz-002', 1],
        ['vz-001', 1000],
      ]);
    });
  });
}
