/**
 * Scan dossiers in the store (migration 004) on every database the tests reach: numbering, the version chain, search,
 * and a definitief version that the database itself keeps read-only, whoever writes.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  corrigeer,
  leesVersies,
  lijstDossiers,
  maakDefinitief,
  maakDossier,
  wijzigConcept,
} from '../scan/dossiers';
import { testDatabases, warmSjablonenOp } from './test-databases';
import type { Verbinding } from './verbinding';

beforeAll(warmSjablonenOp);

let open_: Verbinding[] = [];
afterEach(async () => {
  await Promise.all(open_.map((db) => db.sluit()));
  open_ = [];
});

const NU = new Date('2026-11-20T10:00:00Z');
const opslaan = (titel: string, zoektekst = titel) =>
  Object.freeze({ titel, inhoud: { conclusie: { oordeel: null } }, zoektekst, door: 'beoordelaar', nu: NU });

for (const database of testDatabases()) {
  describe(`scandossiers op ${database.naam}`, () => {
    it('nummert per jaar, wijzigt een concept, houdt definitief vast en corrigeert als nieuwe versie', async () => {
      const db = await database.maak();
      open_.push(db);
      const a = await maakDossier(db, opslaan('Opvang Carnisse', 'Opvang Carnisse | Tarwewijk'));
      const b = await maakDossier(db, opslaan('Flexwonen Noord'));
      expect([a.id, b.id]).toEqual(['DKS-2026-0001', 'DKS-2026-0002']);
      expect(a).toMatchObject({ versie: 1, status: 'concept', aangemaaktOp: '2026-11-20T10:00:00.000Z' });

      const gewijzigd = await wijzigConcept(db, a.id, 1, {
        ...opslaan('Opvang Carnisse (herzien)'),
        zoektekst: 'Tarwewijk',
      });
      expect(gewijzigd.titel).toBe('Opvang Carnisse (herzien)');
      await expect(wijzigConcept(db, a.id, 3, opslaan('x'))).rejects.toMatchObject({
        status: 409,
        field: 'versie',
      });

      const def = await maakDefinitief(db, a.id, 1, 'beoordelaar', NU, () => undefined);
      expect(def).toMatchObject({ status: 'definitief', definitiefDoor: 'beoordelaar' });
      await expect(wijzigConcept(db, a.id, 1, opslaan('x'))).rejects.toMatchObject({ status: 409 });
      // Also past the API: the trigger refuses any change to a definitief row, and every delete.
      await expect(
        db.query(`UPDATE scan_dossier SET titel = 'stiekem' WHERE id = $1`, [a.id]),
      ).rejects.toThrow(/definitief/);
      await expect(db.query(`DELETE FROM scan_dossier WHERE id = $1`, [b.id])).rejects.toThrow(/verwijderd/);

      const v2 = await corrigeer(db, a.id, 'capaciteit was fout', 'beoordelaar', NU);
      expect(v2).toMatchObject({ versie: 2, status: 'concept', correctieReden: 'capaciteit was fout' });
      await expect(corrigeer(db, a.id, 'nog eens', 'beoordelaar', NU)).rejects.toMatchObject({ status: 409 });
      const versies = await leesVersies(db, a.id);
      expect(versies.map((v) => [v.versie, v.status, v.titel])).toEqual([
        [1, 'definitief', 'Opvang Carnisse (herzien)'],
        [2, 'concept', 'Opvang Carnisse (herzien)'],
      ]);

      expect((await lijstDossiers(db, {})).map((d) => [d.id, d.versie])).toEqual(
        expect.arrayContaining([
          [a.id, 2],
          [b.id, 1],
        ]),
      );
      expect((await lijstDossiers(db, { zoek: 'TARWE' })).map((d) => d.id)).toEqual([a.id]);
      expect((await lijstDossiers(db, { zoek: '100%' })).map((d) => d.id)).toEqual([]);
      expect((await lijstDossiers(db, { status: 'concept' })).length).toBe(2);
      await expect(leesVersies(db, 'DKS-2026-0099')).rejects.toMatchObject({ status: 404 });
    });
  });
}
