/**
 * The data CLI in-process (`main` with argv) on every test database: the inventory and RGW imports with their reports,
 * a refused file that changes nothing, a second import that changes nothing, replacing with archiving, phase events,
 * the audit check failing after a hand edit, the folder lock, and one real `tsx scripts/data.ts` process.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VOORZIENING_KOLOMMEN } from '../src/contract/import';
import { wgs84NaarRd } from '../src/geo/rd';
import type { Geocoder } from '../mock-api/import/geocoder';
import { leesTabel } from '../mock-api/import/tabel';
import { maakDemoDataset } from '../mock-api/generate/dataset';
import { leesDataset } from '../mock-api/store/opslag';
import { testDatabases, warmSjablonenOp } from '../mock-api/store/test-databases';
import type { Verbinding } from '../mock-api/store/verbinding';
import { EXIT, main } from './data';

const map = mkdtempSync(join(tmpdir(), 'hkd-data-cli-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));
beforeAll(warmSjablonenOp);

const KOP = VOORZIENING_KOLOMMEN.join(';');
const DRIE = [
  KOP,
  'LOC-1;De Hoek;Stichting Maashaven Zorg;Voorbeeldstraat;12;a;3072AB;Beschermd wonen;Psychiatrische problematiek;24;1;01-03-2024;nee;93500;436000',
  'LOC-2;"Huis ""Het Anker""; Zuid";Nieuwe Zorg BV;Dorpsweg;5;;3074 ab;opvang;dak-en-thuislozen;12;Fase 0;2024-05-01;nee;93200;434300',
  'LOC-3;Veilige Plek;Nieuwe Zorg BV;Geheimelaan;1;;3014AA;Opvang;Slachtoffers huiselijk geweld;8;0;;ja;92000;437000',
];
const csv = (regels: readonly string[], bom = true) => `${bom ? '\ufeff' : ''}${regels.join('\r\n')}\r\n`;

function schrijf(naam: string, inhoud: string | Uint8Array): string {
  const pad = join(map, naam);
  writeFileSync(pad, inhoud);
  return pad;
}

function uitvoer() {
  let tekst = '';
  return {
    write: (t: string) => (tekst += t),
    get tekst() {
      return tekst;
    },
  };
}

const FAKE_GEOCODER: Geocoder = {
  zoek: ({ postcode }) =>
    Promise.resolve(
      postcode === '3072AB'
        ? { soort: 'gevonden', positie: [4.493437, 51.909096] }
        : { soort: 'niet-gevonden' },
    ),
};

const gebieden = maakDemoDataset();
let open_: Verbinding[] = [];
afterEach(async () => {
  await Promise.all(open_.map((db) => db.sluit()));
  open_ = [];
});

for (const database of testDatabases()) {
  describe(`data-CLI op ${database.naam}`, () => {
    async function cli(db: Verbinding, argv: string[], geocoder?: Geocoder) {
      const stdout = uitvoer();
      const stderr = uitvoer();
      const code = await main(argv, {
        stdout,
        stderr,
        env: { USER: 'test' },
        opslag: () => Promise.resolve({ db, sluit: () => Promise.resolve() }),
        ...(geocoder
          ? { geocoder }
          : {
              geocoder: { zoek: () => Promise.resolve({ soort: 'offline', melding: 'offline in de test' }) },
            }),
      });
      return { code, uit: stdout.tekst, fout: stderr.tekst };
    }
    async function tel(db: Verbinding, sql: string): Promise<number> {
      return (await db.query<{ n: number }>(sql)).rows[0]?.n ?? -1;
    }
    const maak = async () => {
      const db = await database.maak('demodata');
      open_.push(db);
      return db;
    };

    it('importeert drie rijen (één vertrouwelijk), en een tweede keer verandert er niets', async () => {
      const db = await maak();
      const bestand = schrijf('drie.csv', csv(DRIE));
      const proef = await cli(db, ['import', 'voorzieningen', bestand, '--dry-run']);
      expect(proef.code, proef.uit + proef.fout).toBe(EXIT.goed);
      expect(proef.uit).toMatch(/proef: er is niets geschreven/);
      expect(proef.uit).toMatch(/toegevoegd:\s+3/);
      expect(await tel(db, 'SELECT count(*)::int AS n FROM voorziening')).toBe(78);

      const eerst = await cli(db, ['import', 'voorzieningen', bestand, '--json']);
      expect(eerst.code, eerst.uit).toBe(EXIT.goed);
      const rapport = JSON.parse(eerst.uit) as Record<string, unknown>;
      expect(rapport).toMatchObject({
        gelezen: 3,
        toegevoegd: 3,
        gewijzigd: 0,
        uitgevoerd: true,
        nieuweOrganisaties: ['Nieuwe Zorg BV'],
      });

      const data = await leesDataset(db, gebieden);
      const nieuw = data.voorzieningen.filter((v) => ['vz-079', 'vz-080', 'vz-081'].includes(v.id));
      expect(nieuw.map((v) => [v.naam, v.vertrouwelijk, v.fase, v.adres.postcode])).toEqual([
        ['De Hoek', false, '1', '3072AB'],
        ['Huis "Het Anker"; Zuid', false, '0', '3074AB'],
        ['Veilige Plek', true, '0', '3014AA'],
      ]);
      expect(nieuw[0]?.zorgaanbieder).toEqual({ id: 'za-01', naam: 'Stichting Maashaven Zorg' });
      expect(nieuw[1]?.zorgaanbieder.id).toBe('za-24');
      expect(await tel(db, "SELECT count(*)::int AS n FROM audit WHERE wat = 'import'")).toBe(1);

      const weer = await cli(db, ['import', 'voorzieningen', bestand]);
      expect(weer.code).toBe(EXIT.goed);
      expect(weer.uit).toMatch(/toegevoegd:\s+0/);
      expect(weer.uit).toMatch(/gewijzigd:\s+0/);
      expect(weer.uit).toMatch(/ongewijzigd: 3/);
      expect(await tel(db, 'SELECT count(*)::int AS n FROM fase_gebeurtenis')).toBe(
        data.voorzieningen.reduce((n, v) => n + v.faseHistorie.length, 0),
      );
    });

    it('weigert een bestand met één foute rij helemaal, met regel en kolom, en verandert niets', async () => {
      const db = await maak();
      const fout = [...DRIE];
      fout[2] = fout[2]!.replace('3074 ab', '3074XX9').replace(';12;Fase 0', ';-3;Fase 9');
      const voor = await db.query('SELECT count(*)::int AS n FROM voorziening');
      const uit = await cli(db, ['import', 'voorzieningen', schrijf('fout.csv', csv(fout))]);
      expect(uit.code).toBe(EXIT.geweigerd);
      expect(uit.uit).toMatch(/regel 3, kolom postcode/);
      expect(uit.uit).toMatch(/regel 3, kolom capaciteit: "-3" is geen positief geheel getal/);
      expect(uit.uit).toMatch(/regel 3, kolom fase/);
      expect(uit.uit).toMatch(/geweigerd:\s+1/);
      expect(uit.uit).toMatch(/er is niets geschreven/);
      expect((await db.query('SELECT count(*)::int AS n FROM voorziening')).rows).toEqual(voor.rows);
      expect(await tel(db, "SELECT count(*)::int AS n FROM audit WHERE wat = 'import'")).toBe(0);
    });

    it('weigert buiten Rotterdam, onbekende waarden, een ontbrekende kolom en rijen zonder coördinaten als er niet opgezocht kan worden', async () => {
      const db = await maak();
      const rijen = [
        KOP,
        'A;n;z;s;1;;1011AB;Opvang;Jongeren;5;1;;nee;93500;436000',
        'B;n;z;s;1;;3072AB;Kasteel;Jongeren;5;1;31-02-2024;misschien;93500;436000',
        'C;n;z;s;1;;3072AB;Opvang;Jongeren;5;1;;nee;120000;480000',
        'D;n;z;s;1;;3072AB;Opvang;Jongeren;5;1;;nee;;',
      ];
      const uit = await cli(db, ['import', 'voorzieningen', schrijf('mix.csv', csv(rijen)), '--json']);
      const r = JSON.parse(uit.uit) as {
        fouten: { regel: number; kolom?: string; melding: string }[];
        geweigerd: number;
      };
      expect(uit.code).toBe(EXIT.geweigerd);
      expect(r.geweigerd).toBe(4);
      const waar = r.fouten.map((f) => `${f.regel}:${f.kolom}`);
      expect(waar).toEqual([
        '2:postcode',
        '3:woonvorm',
        '3:fase_sinds',
        '3:vertrouwelijk',
        '4:x_rd',
        '5:x_rd',
      ]);
      expect(r.fouten[0]?.melding).toMatch(/niet in Rotterdam/);
      expect(r.fouten[4]?.melding).toMatch(/buiten de gemeente Rotterdam/);
      expect(r.fouten[5]?.melding).toMatch(/opzoeken kan niet: offline in de test/);

      // With a geocoder the row without coordinates is found.
      const metGeo = await cli(
        db,
        ['import', 'voorzieningen', schrijf('d.csv', csv([KOP, rijen[4]!])), '--dry-run'],
        FAKE_GEOCODER,
      );
      expect(metGeo.code, metGeo.uit).toBe(EXIT.goed);

      const zonderKolom = await cli(db, [
        'import',
        'voorzieningen',
        schrijf('k.csv', csv([KOP.replace(';capaciteit', ';capaciteitt'), rijen[1]!])),
      ]);
      expect(zonderKolom.code).toBe(EXIT.geweigerd);
      expect(zonderKolom.uit).toMatch(/regel 1, kolom capaciteit: kolom "capaciteit" ontbreekt/);
    });

    it('legt een gewijzigde fase vast als één gebeurtenis, volgens de ladder', async () => {
      const db = await maak();
      await cli(db, ['import', 'voorzieningen', schrijf('drie.csv', csv(DRIE))]);
      const hoger = DRIE.map((r) => r.replace(';24;1;01-03-2024;', ';24;2;01-10-2025;'));
      const uit = await cli(db, ['import', 'voorzieningen', schrijf('hoger.csv', csv(hoger)), '--json']);
      expect(JSON.parse(uit.uit)).toMatchObject({ gewijzigd: 1, ongewijzigd: 2, faseWissels: 1 });
      const data = await leesDataset(db, gebieden);
      expect(data.voorzieningen.find((v) => v.naam === 'De Hoek')?.faseHistorie.at(-1)).toMatchObject({
        datum: '2025-10-01',
        van: '1',
        naar: '2',
      });
      // A jump of two steps without a reason is refused by the ladder's rules.
      const sprong = DRIE.map((r) => r.replace(';24;1;01-03-2024;', ';24;3b;01-11-2025;'));
      const geweigerd = await cli(db, ['import', 'voorzieningen', schrijf('sprong.csv', csv(sprong))]);
      expect(geweigerd.code).toBe(EXIT.geweigerd);
      expect(geweigerd.uit).toMatch(/regel 2, kolom fase: fase 3b komt alleen boven op fase 3a/);
    });

    it('--vervang archiveert wat ontbreekt, met zijn historie, en verwijdert niets', async () => {
      const db = await maak();
      const uit = await cli(db, [
        'import',
        'voorzieningen',
        schrijf('drie.csv', csv(DRIE)),
        '--vervang',
        '--json',
      ]);
      expect(JSON.parse(uit.uit)).toMatchObject({ toegevoegd: 3, gearchiveerd: 78 });
      expect(await tel(db, 'SELECT count(*)::int AS n FROM voorziening')).toBe(81);
      expect(
        await tel(db, 'SELECT count(*)::int AS n FROM voorziening WHERE gearchiveerd_op IS NOT NULL'),
      ).toBe(78);
      expect(
        await tel(db, "SELECT count(*)::int AS n FROM fase_gebeurtenis WHERE voorziening = 'vz-001'"),
      ).toBeGreaterThan(0);
      expect((await leesDataset(db, gebieden)).voorzieningen).toHaveLength(3);
    });

    it('leest hetzelfde uit XLSX (het sjabloon) als uit CSV met komma’s', async () => {
      const db = await maak();
      const sjabloon = join(map, 'sjabloon.xlsx');
      expect((await cli(db, ['template', 'voorzieningen', sjabloon])).code).toBe(EXIT.goed);
      const tabel = await leesTabel(readFileSync(sjabloon));
      expect(tabel.kolommen).toEqual([...VOORZIENING_KOLOMMEN]);
      expect(tabel.rijen).toHaveLength(1);
      const uit = await cli(db, ['import', 'voorzieningen', sjabloon, '--dry-run', '--json']);
      expect(JSON.parse(uit.uit)).toMatchObject({ toegevoegd: 1, fouten: [] });
      const komma = DRIE.slice(0, 2).map((r) =>
        r.replaceAll(';', ',').replace('"Huis ""Het Anker"", Zuid"', '"Huis, Zuid"'),
      );
      const uitKomma = await cli(db, [
        'import',
        'voorzieningen',
        schrijf('komma.csv', csv(komma, false)),
        '--json',
      ]);
      expect(JSON.parse(uitKomma.uit)).toMatchObject({ toegevoegd: 1, fouten: [] });
    });

    it('importeert RGW-zaken in blokken, telt toegevoegd en gewijzigd, en een tweede keer niets', async () => {
      const db = await maak();
      const [lon, lat] = [4.489383, 51.893784];
      const [x, y] = wgs84NaarRd([lon, lat]);
      const kop = 'zaaknummer;postcode;huisnummer;lat;lon;geopend;gesloten;categorie;bron;aanpak';
      const rijen = Array.from(
        { length: 3000 },
        (_, i) =>
          `${9_000_000 + i};3074AB;${(i % 90) + 1};${lat};${lon};01-0${(i % 9) + 1}-2025;${i % 3 === 0 ? '2025-12-01' : ''};Woonoverlast|woonfraude;${i % 2 ? 'melding' : 'integrale actie'};${i % 5 ? 'mono' : 'multidisciplinair'}`,
      );
      const bestand = schrijf('rgw.csv', csv([kop, ...rijen]));
      const eerst = await cli(db, ['import', 'rgw-zaken', bestand, '--json']);
      expect(JSON.parse(eerst.uit)).toMatchObject({
        gelezen: 3000,
        toegevoegd: 3000,
        gewijzigd: 0,
        fouten: [],
      });
      const weer = await cli(db, ['import', 'rgw-zaken', bestand, '--json']);
      expect(JSON.parse(weer.uit)).toMatchObject({ toegevoegd: 0, gewijzigd: 0, ongewijzigd: 3000 });
      const een = [
        kop.replace('lat;lon', 'x_rd;y_rd'),
        `9000001;3074AB;2;${x};${y};01-02-2025;2025-06-01;Overbewoning;proactief;mono`,
      ];
      const bij = await cli(db, ['import', 'rgw-zaken', schrijf('rgw1.csv', csv(een)), '--json']);
      expect(JSON.parse(bij.uit)).toMatchObject({ toegevoegd: 0, gewijzigd: 1 });
      const slecht = await cli(db, [
        'import',
        'rgw-zaken',
        schrijf('rgw2.csv', csv([kop, `x1;3074AB;2;${lat};${lon};01-02-2030;;Onzin;fax;mono`])),
      ]);
      expect(slecht.code).toBe(EXIT.geweigerd);
      expect(slecht.uit).toMatch(/regel 2, kolom zaaknummer/);
      expect(slecht.uit).toMatch(/regel 2, kolom geopend: geopend 2030-02-01 ligt in de toekomst/);
      expect(slecht.uit).toMatch(/regel 2, kolom categorie/);
      expect(slecht.uit).toMatch(/regel 2, kolom bron/);
    });

    it('data:audit verify slaagt, en faalt nadat een regel met de hand is gewijzigd', async () => {
      const db = await maak();
      await cli(db, ['import', 'voorzieningen', schrijf('drie.csv', csv(DRIE))]);
      await cli(db, ['import', 'voorzieningen', schrijf('drie.csv', csv(DRIE.slice(0, 2)))]);
      const goed = await cli(db, ['audit', 'verify']);
      expect(goed.code, goed.uit).toBe(EXIT.goed);
      expect(goed.uit).toMatch(/Audittrail in orde: 2 regels/);
      // As a database superuser could: past the trigger that refuses updates.
      await db.exec('ALTER TABLE audit DISABLE TRIGGER audit_geen_wijziging');
      await db.query(
        "UPDATE audit SET details = jsonb_set(details, '{toegevoegd}', '0') WHERE volgnummer = 1",
      );
      await db.exec('ALTER TABLE audit ENABLE TRIGGER audit_geen_wijziging');
      const fout = await cli(db, ['audit', 'verify']);
      expect(fout.code).toBe(EXIT.geweigerd);
      expect(fout.uit).toMatch(/GEBROKEN bij regel 1 \(gewijzigd\)/);
    });
  });
}

describe('data-CLI en de opslag', () => {
  it('weigert met een duidelijke melding zolang de server de PGlite-map heeft', async () => {
    const dataMap = join(map, 'bezet');
    writeFileSync(join(map, 'leeg.csv'), '');
    rmSync(dataMap, { recursive: true, force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(dataMap, { recursive: true }));
    // A live process other than this one holds the lock: the test runner's parent.
    writeFileSync(
      join(dataMap, 'in-gebruik.json'),
      JSON.stringify({
        pid: process.ppid,
        gebruiker: 'server',
        sinds: '2026-12-07T18:00:00Z',
        url: 'http://127.0.0.1:8787',
      }),
    );
    const stderr = uitvoer();
    const code = await main(['audit', 'verify'], {
      stdout: uitvoer(),
      stderr,
      env: { HKD_DATA_DIR: dataMap },
    });
    expect(code).toBe(EXIT.opslag);
    expect(stderr.tekst).toMatch(/in gebruik door de HKD-server op http:\/\/127.0.0.1:8787/);
  });

  it('geeft gebruik bij onbekende opdrachten en opties', async () => {
    const stderr = uitvoer();
    expect(await main(['import', 'iets', 'x.csv'], { stderr, stdout: uitvoer() })).toBe(EXIT.gebruik);
    expect(await main(['import', 'voorzieningen', 'x.csv', '--snel'], { stderr, stdout: uitvoer() })).toBe(
      EXIT.gebruik,
    );
    expect(stderr.tekst).toMatch(/Onbekende optie --snel/);
  });

  it('draait als echt proces (tsx scripts/data.ts): het sjabloon als CSV', async () => {
    const pad = join(map, 'sjabloon.csv');
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      'scripts/data.ts',
      'template',
      'voorzieningen',
      pad,
    ]);
    expect(stdout).toMatch(/Sjabloon geschreven/);
    const tekst = readFileSync(pad, 'utf8');
    expect(tekst.startsWith('\ufefflocatiecode;naam;zorgaanbieder;')).toBe(true);
    expect(tekst.split('\r\n')).toHaveLength(3);
  });
});
