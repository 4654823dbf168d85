/**
 * The draagkrachtscan endpoints over the store: the gate on every path of the OpenAPI document, the address lookup,
 * the analysis and its protections, the comparison, the dossier's life (concept, definitief, correction) and the
 * exports, read back (the PDF's text included).
 */
import { readFileSync } from 'node:fs';
import { pdfTekst } from '../pdf-tekst';
import { describe, expect, it } from 'vitest';
import { AuditAntwoord } from '../../src/contract/audit';
import {
  AdresZoekAntwoord,
  AnalyseAntwoord,
  DossierAntwoord,
  DossierLijstAntwoord,
  VergelijkAntwoord,
} from '../../src/contract/draagkrachtscan';
import { PADEN } from '../../src/contract/endpoints';
import { DichtheidH3Antwoord } from '../../src/contract/rgw';
import { adresregister } from '../../mock-api/scan/adresregister';
import { gebruikMockApiOpOpslag, haal, login, type Ruw, sessieVoor, testDataset } from './api-test-helpers';

gebruikMockApiOpOpslag();

const OPENAPI = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { 'x-hkd-toegang': string }>>;
};

/** A non-confidential facility on Zuid (Carnisse or another focus area): the site of the tests. */
function plekOpZuid() {
  const v = testDataset().voorzieningen.find(
    (x) => !x.vertrouwelijk && testDataset().buurten.find((b) => b.code === x.buurt)?.focusgebied,
  );
  if (!v) throw new Error('geen voorziening op Zuid');
  return v;
}

function jsonVerzoek(token: string | null, methode: string, body: unknown) {
  return { token, methode, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
}

describe('toegang: elk pad onder /api/draagkrachtscan/ uit het OpenAPI-document', () => {
  const operaties = Object.entries(OPENAPI.paths)
    .filter(([pad]) => pad.startsWith('/api/draagkrachtscan/'))
    .flatMap(([pad, item]) => Object.keys(item).map((methode) => ({ pad, methode })));

  it('het document noemt ze allemaal, als gemeente-only', () => {
    const scanPaden = Object.values(PADEN).filter((p) => p.startsWith('/api/draagkrachtscan/'));
    expect(new Set(operaties.map((o) => o.pad))).toEqual(
      new Set(scanPaden.map((p) => p.replace(/:([a-zA-Z]+)/g, '{$1}'))),
    );
    for (const { pad, methode } of operaties)
      expect(OPENAPI.paths[pad]?.[methode]?.['x-hkd-toegang']).toBe('gemeente');
  });

  it('401 zonder token, 403 voor een zorgaanbieder, op elke methode', async () => {
    const zorgaanbieder = await sessieVoor('zorgaanbieder');
    expect(operaties.length).toBeGreaterThanOrEqual(12);
    for (const { pad, methode } of operaties) {
      const url = pad.replace('{id}', 'DKS-2026-0001');
      const body = methode === 'get' ? {} : { body: '{}', headers: { 'Content-Type': 'application/json' } };
      const anoniem = await haal(url, { methode: methode.toUpperCase(), ...body });
      expect(anoniem.status, `${methode} ${pad} publiek`).toBe(401);
      expect(anoniem.json).toMatchObject({ error: { code: 'niet_ingelogd' } });
      const za = await haal(url, { methode: methode.toUpperCase(), token: zorgaanbieder.token, ...body });
      expect(za.status, `${methode} ${pad} zorgaanbieder`).toBe(403);
      expect(za.json).toMatchObject({ error: { code: 'geen_toegang' } });
    }
  });
});

describe('adres zoeken', () => {
  it('straat + huisnummer, postcode + huisnummer, PC6 alleen en RD geven een punt in de juiste buurt', async () => {
    const token = await login({ rol: 'draagkrachtscan' });
    const register = adresregister(testDataset().seed);
    const a = register.adressen[1234];
    if (!a) throw new Error('register te klein');
    for (const q of [
      `${a.straat} ${a.huisnummer}`,
      `${a.postcode} ${a.huisnummer}`,
      `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)} ${a.huisnummer}`,
    ]) {
      const r = await haal(`${PADEN.scanAdressen}?q=${encodeURIComponent(q)}`, { token });
      expect(r.status, q).toBe(200);
      const antwoord = AdresZoekAntwoord.parse(r.json);
      expect(antwoord.kandidaten[0], q).toMatchObject({
        straat: a.straat,
        huisnummer: a.huisnummer,
        postcode: a.postcode,
        positie: a.positie,
        buurt: { code: a.buurt },
        herkomst: 'demo-adresregister',
      });
      expect(antwoord.kandidaten[0]?.weergave).toContain('demodata');
    }
    const pc6 = AdresZoekAntwoord.parse(
      (await haal(`${PADEN.scanAdressen}?q=${a.postcode}`, { token })).json,
    );
    expect(pc6.kandidaten[0]).toMatchObject({ soort: 'pc6', postcode: a.postcode });
    const rd = AdresZoekAntwoord.parse(
      (await haal(`${PADEN.scanAdressen}?q=${encodeURIComponent('92500, 436000')}`, { token })).json,
    );
    expect(rd.kandidaten[0]?.soort).toBe('rd');
    expect(rd.kandidaten[0]?.positie[0]).toBeCloseTo(4.48, 1);
    const klik = AdresZoekAntwoord.parse(
      (await haal(`${PADEN.scanAdressen}?lon=${a.positie[0]}&lat=${a.positie[1]}`, { token })).json,
    );
    expect(klik.kandidaten[0]).toMatchObject({ straat: a.straat, huisnummer: a.huisnummer });
    expect((await haal(`${PADEN.scanAdressen}?q=Straat&lon=4.5&lat=51.9`, { token })).status).toBe(400);
    expect((await haal(PADEN.scanAdressen, { token })).status).toBe(400);
    const niets = AdresZoekAntwoord.parse(
      (await haal(`${PADEN.scanAdressen}?q=Nergensstraat%201`, { token })).json,
    );
    expect(niets.kandidaten).toEqual([]);
    expect(niets.melding).toMatch(/geen straat/);
  });
});

describe('analyse', () => {
  it('ringen, voorzieningen met afstand, concentratie voor/na, Wijkprofiel, RGW als som van vrijgegeven cellen', async () => {
    const token = await login({ rol: 'draagkrachtscan' });
    const v = plekOpZuid();
    const pad = `${PADEN.scanAnalyse}?lon=${v.positie[0]}&lat=${v.positie[1]}&ringen=250,500,1000&woonvorm=beschermd-wonen&capaciteit=24`;
    const r = await haal(pad, { token });
    expect(r.status, r.tekst).toBe(200);
    const a = AnalyseAntwoord.parse(r.json);
    expect(a.ringen.map((x) => x.straalM)).toEqual([250, 500, 1000]);
    expect(a.voorzieningen.find((x) => x.id === v.id)?.afstandM).toBe(0);
    // Cumulative discs: an outer ring holds at least what an inner one does.
    for (let i = 1; i < a.ringen.length; i++) {
      expect(a.ringen[i]!.totaal.locaties).toBeGreaterThanOrEqual(a.ringen[i - 1]!.totaal.locaties);
      expect(a.rgw.ringen[i]!.cellen).toBeGreaterThan(a.rgw.ringen[i - 1]!.cellen);
    }
    expect(a.concentratie.alle.buurt.plekkenNa - a.concentratie.alle.buurt.plekkenVoor).toBe(24);
    expect(a.concentratie.woonvorm?.woonvorm).toBe('beschermd-wonen');
    expect(a.wijkprofiel.buurt).toBe(a.locatie.buurt.code);
    expect(a.bronnen.inwoners.datum).toBe('2017-01-01');
    // Confidential locations: never in the list with a distance, only counted per buurt.
    const vertrouwelijk = new Set(
      testDataset()
        .voorzieningen.filter((x) => x.vertrouwelijk)
        .map((x) => x.id),
    );
    expect(a.voorzieningen.some((x) => vertrouwelijk.has(x.id))).toBe(false);
    expect(r.tekst).not.toMatch(/rgw-[0-9]{7}/);
    // Every RGW figure is a multiple of 5 and equals the sum of the released cells the density endpoint gives.
    for (const ring of a.rgw.ringen) expect(ring.zaken % 5).toBe(0);
    const dichtheid = DichtheidH3Antwoord.parse(
      (await haal(`${PADEN.rgwDichtheid}?niveau=h3&resolutie=9&periode=${a.rgw.filter.periode}`, { token }))
        .json,
    );
    const vrij = new Map(dichtheid.cellen.map((c) => [c.h3, c] as const));
    for (const cel of a.rgw.cellen) {
      const daar = vrij.get(cel.h3);
      if (daar)
        expect(cel.onderdrukt ? { onderdrukt: true } : { onderdrukt: false, aantal: cel.aantal }).toEqual(
          daar.onderdrukt ? { onderdrukt: true } : { onderdrukt: false, aantal: daar.aantal },
        );
    }
    // The capacity changes the after figures only.
    const zonder = AnalyseAntwoord.parse((await haal(pad.replace('&capaciteit=24', ''), { token })).json);
    expect(zonder.concentratie.alle.buurt.plekkenNa).toBe(a.concentratie.alle.buurt.plekkenVoor);
    expect(zonder.rgw).toEqual(a.rgw);
  });

  it('twee punten vlak bij elkaar: elke ringwaarde is de som van dezelfde vrijgegeven celwaarden', async () => {
    const token = await login({ rol: 'beheer' });
    const v = plekOpZuid();
    const haalA = async (lon: number) =>
      AnalyseAntwoord.parse(
        (await haal(`${PADEN.scanAnalyse}?lon=${lon}&lat=${v.positie[1]}&ringen=300,600`, { token })).json,
      );
    const [een, twee] = [await haalA(v.positie[0]), await haalA(v.positie[0] + 0.0004)];
    const cellen = new Map(
      [...een.rgw.cellen, ...twee.rgw.cellen].map((c) => [c.h3, c.onderdrukt ? 0 : c.aantal] as const),
    );
    for (const a of [een, twee]) {
      for (const ring of a.rgw.ringen) {
        const som = a.rgw.cellen
          .filter((c) => c.ringM <= ring.straalM)
          .reduce((s, c) => s + (cellen.get(c.h3) ?? 0), 0);
        expect(som).toBe(ring.zaken);
      }
    }
  });

  it('weigert met een Nederlandse 400: buiten Rotterdam, foute ringen, te veel ringen, te grote straal, foute capaciteit', async () => {
    const token = await login({ rol: 'draagkrachtscan' });
    const [lon, lat] = plekOpZuid().positie;
    const gevallen: [string, RegExp][] = [
      [`lon=5.1&lat=52.09`, /buiten Rotterdam/],
      [`lon=${lon}&lat=${lat}&ringen=500,250`, /moeten oplopen/],
      [`lon=${lon}&lat=${lat}&ringen=100,200,300,400,500`, /hooguit 4 ringen/],
      [`lon=${lon}&lat=${lat}&ringen=6000`, /hooguit 5000 m/],
      [`lon=${lon}&lat=${lat}&ringen=abc`, /hele meters/],
      [`lon=${lon}&lat=${lat}&capaciteit=0`, /capaciteit "0" is ongeldig/],
      [`lon=${lon}&lat=${lat}&capaciteit=2.5`, /capaciteit/],
      [`lon=${lon}`, /lat ontbreekt/],
      [`lon=${lon}&lat=${lat}&periode=2026-03-01`, /periode/],
      [`lon=${lon}&lat=${lat}&aanbieder=onbekend`, /aanbieder "onbekend" is onbekend/],
    ];
    for (const [query, melding] of gevallen) {
      const r = await haal(`${PADEN.scanAnalyse}?${query}`, { token });
      expect(r.status, query).toBe(400);
      expect((r.json as { error: { message: string } }).error.message, query).toMatch(melding);
    }
  });

  it('vergelijken: 2 tot 4 locaties, dezelfde analyse per locatie', async () => {
    const token = await login({ rol: 'draagkrachtscan' });
    const [lon, lat] = plekOpZuid().positie;
    const r = await haal(
      PADEN.scanVergelijk,
      jsonVerzoek(token, 'POST', {
        locaties: [
          { lon, lat },
          { label: 'Oost', lon: lon + 0.01, lat },
        ],
        capaciteit: 24,
      }),
    );
    expect(r.status, r.tekst).toBe(200);
    const v = VergelijkAntwoord.parse(r.json);
    expect(v.locaties.map((l) => l.label)).toEqual(['Locatie A', 'Oost']);
    const los = AnalyseAntwoord.parse(
      (await haal(`${PADEN.scanAnalyse}?lon=${lon}&lat=${lat}&capaciteit=24`, { token })).json,
    );
    expect(v.locaties[0]?.analyse).toEqual(los);
    const een = await haal(PADEN.scanVergelijk, jsonVerzoek(token, 'POST', { locaties: [{ lon, lat }] }));
    expect(een.status).toBe(400);
  });
});

describe('dossier', () => {
  const invoer = () => {
    const [lon, lat] = plekOpZuid().positie;
    return {
      titel: 'Beschermd wonen 24 plekken, Zuid',
      initiatief: {
        woonvorm: 'beschermd-wonen',
        doelgroep: 'psychiatrische-problematiek',
        capaciteit: 24,
        aanbieder: testDataset().zorgaanbieders[0]?.id,
      },
      locaties: [
        { label: 'Locatie A', adres: 'Testlaan 1', positie: [lon, lat] },
        { label: 'Locatie B', positie: [lon + 0.008, lat + 0.002] },
      ],
      stappen: [{ code: 'initiatief', gedaan: true }],
      kwalitatief: { mo: 'MO: rustige buurt.' },
    };
  };

  it('concept → wijzigen → definitief (alleen-lezen) → correctie als nieuwe versie; beheer leest, schrijft niet; exports', async () => {
    const scan = await login({ rol: 'draagkrachtscan' });
    const beheer = await login({ rol: 'beheer' });
    const aangemaakt = await haal(PADEN.scanDossiers, jsonVerzoek(scan, 'POST', invoer()));
    expect(aangemaakt.status, aangemaakt.tekst).toBe(201);
    const d1 = DossierAntwoord.parse(aangemaakt.json).dossier;
    expect(d1).toMatchObject({ versie: 1, status: 'concept' });
    expect(d1.id).toMatch(/^DKS-2026-\d{4}$/);
    expect(d1.stappen).toHaveLength(8);
    expect(d1.locaties[0]?.analyse.gepland.capaciteit).toBe(24);
    const url = `/api/draagkrachtscan/dossiers/${d1.id}`;

    expect((await haal(PADEN.scanDossiers, jsonVerzoek(beheer, 'POST', invoer()))).status).toBe(403);
    expect((await haal(url, { token: scan })).status).toBe(400); // no purpose
    const gelezen = await haal(`${url}?doel=${encodeURIComponent('Beoordeling initiatief')}`, {
      token: beheer,
    });
    expect(gelezen.status).toBe(200);

    const lijst = DossierLijstAntwoord.parse(
      (await haal(`${PADEN.scanDossiers}?zoek=testlaan`, { token: scan })).json,
    );
    expect(lijst.dossiers.map((d) => d.id)).toContain(d1.id);
    const leeg = DossierLijstAntwoord.parse(
      (await haal(`${PADEN.scanDossiers}?zoek=bestaatniet`, { token: scan })).json,
    );
    expect(leeg.dossiers).toEqual([]);

    const afgerond = {
      ...invoer(),
      versie: 1,
      conclusie: { oordeel: 'twijfelachtig', motivering: 'Concentratie boven het stadsgemiddelde.' },
    };
    const gewijzigd = await haal(url, jsonVerzoek(scan, 'PUT', afgerond));
    expect(gewijzigd.status, gewijzigd.tekst).toBe(200);
    expect((await haal(url, jsonVerzoek(beheer, 'PUT', afgerond))).status).toBe(403);
    expect((await haal(url, jsonVerzoek(scan, 'PUT', { ...afgerond, versie: 7 }))).status).toBe(409);

    const def = await haal(`${url}/definitief`, jsonVerzoek(scan, 'POST', { versie: 1 }));
    expect(def.status, def.tekst).toBe(200);
    expect(DossierAntwoord.parse(def.json).dossier.definitief).not.toBeNull();
    const opnieuw = await haal(url, jsonVerzoek(scan, 'PUT', afgerond));
    expect(opnieuw.status).toBe(409);
    expect(opnieuw.json).toMatchObject({ error: { code: 'dossier_conflict' } });

    const correctie = await haal(
      `${url}/correctie`,
      jsonVerzoek(scan, 'POST', { reden: 'Capaciteit was 20' }),
    );
    expect(correctie.status, correctie.tekst).toBe(201);
    const d2 = DossierAntwoord.parse(correctie.json).dossier;
    expect(d2).toMatchObject({ versie: 2, status: 'concept', correctieReden: 'Capaciteit was 20' });
    expect(d2.versies.map((v) => [v.versie, v.status])).toEqual([
      [1, 'definitief'],
      [2, 'concept'],
    ]);
    const oud = DossierAntwoord.parse(
      (await haal(`${url}?doel=controle&versie=1`, { token: scan })).json,
    ).dossier;
    expect(oud).toMatchObject({ versie: 1, status: 'definitief', conclusie: { oordeel: 'twijfelachtig' } });

    // Exports of the definitief version.
    const pdf = await haal(`${url}/rapport.pdf?versie=1&doel=rapport`, { token: scan });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pdfBytes = new Uint8Array(
      await (
        await fetch(`http://hkd.test${url}/rapport.pdf?versie=1`, {
          headers: { Authorization: `Bearer ${scan}` },
        })
      ).arrayBuffer(),
    );
    const tekst = await pdfTekst(pdfBytes);
    for (const stuk of [
      'Draagkrachtscan',
      d1.id,
      'DEMODATA',
      'Voorzieningen per ring',
      'plekken per 1.000 inwoners',
      'Per 1.000 voor',
      'Wijkprofiel van de buurt',
      'Stappenplan',
      'Draagkracht twijfelachtig',
      'Bronnen',
      'Locatie A',
    ]) {
      expect(tekst, stuk).toContain(stuk);
    }
    const eersteVoorziening = oud.locaties[0]?.analyse.voorzieningen[0];
    if (eersteVoorziening) expect(tekst).toContain(eersteVoorziening.naam.slice(0, 20));

    const csv = await haal(`${url}/voorzieningen.csv?versie=1`, { token: beheer });
    expect(csv.status).toBe(200);
    const regels = csv.tekst
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(regels[0]).toMatch(/^dossier;versie;locatie;voorziening;naam/);
    expect(regels.length - 1).toBe(oud.locaties.reduce((s, l) => s + l.analyse.voorzieningen.length, 0));

    const geo = await haal(`${url}/locaties.geojson?versie=1`, { token: scan });
    const fc = geo.json as { features: { geometry: { type: string }; properties: { soort: string } }[] };
    expect(fc.features.filter((f) => f.properties.soort === 'locatie')).toHaveLength(2);
    expect(
      fc.features.filter((f) => f.properties.soort === 'ring' && f.geometry.type === 'Polygon'),
    ).toHaveLength(6);

    // The audit trail: opening with its purpose, the writes and each export.
    const audit = AuditAntwoord.parse((await haal('/api/audit?limiet=100', { token: beheer })).json);
    const wat = audit.regels.map((r) => r.wat);
    for (const stap of [
      'scandossier-aanmaken',
      'scandossier-openen',
      'scandossier-wijzigen',
      'scandossier-definitief',
      'scandossier-correctie',
      'export',
    ]) {
      expect(wat, stap).toContain(stap);
    }
    expect(
      audit.regels.find((r) => r.wat === 'scandossier-openen' && r.doel === 'Beoordeling initiatief'),
    ).toBeDefined();
    expect(audit.regels.filter((r) => r.wat === 'export').map((r) => r.details.soort)).toEqual(
      expect.arrayContaining(['scan-rapport-pdf', 'scan-voorzieningen-csv', 'scan-locaties-geojson']),
    );
  });

  it('een onbekend dossier is een 404; definitief zonder conclusie een 400', async () => {
    const scan = await login({ rol: 'draagkrachtscan' });
    expect(
      (await haal('/api/draagkrachtscan/dossiers/DKS-2026-9999?doel=kijken', { token: scan })).status,
    ).toBe(404);
    const d = DossierAntwoord.parse(
      (await haal(PADEN.scanDossiers, jsonVerzoek(scan, 'POST', invoer()))).json,
    ).dossier;
    const r: Ruw = await haal(
      `/api/draagkrachtscan/dossiers/${d.id}/definitief`,
      jsonVerzoek(scan, 'POST', { versie: 1 }),
    );
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ error: { field: 'conclusie.oordeel' } });
  });
});
