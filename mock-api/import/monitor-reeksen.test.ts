/** The Monitor's series through the data CLI on every test database: a good file replaces the series, a bad one changes nothing. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, main } from '../../scripts/data';
import { leesMonitor } from '../store/monitor';
import { testDatabases, warmSjablonenOp } from '../store/test-databases';
import type { Verbinding } from '../store/verbinding';

const map = mkdtempSync(join(tmpdir(), 'hkd-monitor-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));
beforeAll(warmSjablonenOp);

let open_: Verbinding[] = [];
afterEach(async () => {
  await Promise.all(open_.map((db) => db.sluit()));
  open_ = [];
});

function schrijf(naam: string, regels: readonly string[]): string {
  const pad = join(map, naam);
  writeFileSync(pad, `\ufeff${regels.join('\r\n')}\r\n`);
  return pad;
}

for (const database of testDatabases()) {
  describe(`monitorreeksen op ${database.naam}`, () => {
    async function cli(db: Verbinding, argv: string[]) {
      let uit = '';
      let fout = '';
      const code = await main(argv, {
        stdout: { write: (t: string) => (uit += t) },
        stderr: { write: (t: string) => (fout += t) },
        env: { USER: 'test' },
        opslag: () => Promise.resolve({ db, sluit: () => Promise.resolve() }),
      });
      return { code, uit, fout };
    }
    const maak = async () => {
      const db = await database.maak('demodata');
      open_.push(db);
      return db;
    };

    it('de demodata heeft elke reeks; een goed bestand vervangt de uitstroom heel, met een auditregel', async () => {
      const db = await maak();
      const voor = await leesMonitor(db);
      expect(voor.uitstroom.rijen.length).toBeGreaterThan(3);
      expect(voor.rgwBasis.rijen).toEqual([
        {
          jaar: 2024,
          meldingenOngewensteVerhuur: 383,
          meldingenArbeidsmigranten: 352,
          zakenGeopend: 1028,
          zakenGesloten: 998,
        },
      ]);
      const bestand = schrijf('uitstroom.csv', [
        'jaar;uitstroom;via_huurzorg;via_urgentie;aanbod',
        '2022;1.160;650;510;5000',
        '2023;1190;738;452;',
      ]);
      const proef = await cli(db, ['import', 'monitor-uitstroom', bestand, '--dry-run']);
      expect(proef.code, proef.uit + proef.fout).toBe(EXIT.goed);
      expect((await leesMonitor(db)).uitstroom.rijen).toHaveLength(voor.uitstroom.rijen.length);
      const echt = await cli(db, ['import', 'monitor-uitstroom', bestand]);
      expect(echt.code, echt.uit + echt.fout).toBe(EXIT.goed);
      const na = await leesMonitor(db);
      expect(na.uitstroom.rijen).toEqual([
        { jaar: 2022, uitstroom: 1160, viaHuurzorg: 650, viaUrgentie: 510, aanbod: 5000 },
        { jaar: 2023, uitstroom: 1190, viaHuurzorg: 738, viaUrgentie: 452, aanbod: null },
      ]);
      expect(na.uitstroom.herkomst.omschrijving).toBe('Geïmporteerd uit uitstroom.csv');
      expect(na.wachttijd).toEqual(voor.wachttijd);
      const audit = await db.query<{ wat: string; details: { soort: string } }>(
        'SELECT wat, details FROM audit ORDER BY volgnummer DESC LIMIT 1',
      );
      expect(audit.rows[0]).toMatchObject({ wat: 'import', details: { soort: 'monitor-uitstroom' } });
    });

    it('weigert een bestand met fouten heel, met regel en kolom', async () => {
      const db = await maak();
      const voor = await leesMonitor(db);
      const bestand = schrijf('wachttijd.csv', [
        'maand;wachttijd_maanden',
        '2022-01;3,6',
        '2022-13;4',
        '2022-01;x',
      ]);
      const r = await cli(db, ['import', 'monitor-wachttijd', bestand]);
      expect(r.code).toBe(EXIT.geweigerd);
      expect(r.uit).toMatch(/regel 3, kolom maand: "2022-13" is geen maand/);
      expect(r.uit).toMatch(/regel 4, kolom wachttijd_maanden: "x" is geen getal/);
      expect(await leesMonitor(db)).toEqual(voor);
      const onbekend = await cli(db, ['import', 'monitor-iets', bestand]);
      expect(onbekend.code).toBe(EXIT.gebruik);
      expect(onbekend.fout).toMatch(/Onbekende monitorreeks/);
    });
  });
}
