/**
 * The scan report as a PDF (A4, Dutch) made with pdfkit: real text and tables, and per site a small map with the
 * rings drawn as vector paths from their polygons, the city outline and the facilities. Node only.
 */
import PDFDocument from 'pdfkit';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Dossier } from '../../src/contract/draagkrachtscan';
import type { Bron } from '../../src/contract/common';
import { METER_PER_GRAAD_LAT, METER_PER_GRAAD_LON } from '../../src/geo/dichtstbijzijnde';
import gemeenteJson from '../../src/geo/data/gemeente.json';
import { ringPolygoon } from './export';

const WOONVORM: Record<string, string> = {
  opvang: 'Opvang',
  'beschermd-wonen': 'Beschermd wonen',
  doorstroomvoorziening: 'Doorstroomvoorziening',
  'wonen-eerst': 'Wonen eerst',
  flexwonen: 'Flexwonen',
  semimuraal: 'Semimuraal',
};
const OORDEEL: Record<string, string> = {
  voldoende: 'Draagkracht voldoende',
  twijfelachtig: 'Draagkracht twijfelachtig',
  onvoldoende: 'Draagkracht onvoldoende',
};
const FASE_KLEUR: Record<string, string> = {
  '0': '#2e7d32',
  '1': '#1565c0',
  '2': '#ef6c00',
  '3a': '#c62828',
  '3b': '#6a1b9a',
};

const MARGE = 50;
const KOP = 'Helvetica-Bold';
const TEKST = 'Helvetica';

function getal(n: number | null): string {
  return n === null ? '-' : n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
}

/** Standard PDF fonts know WinAnsi only: what is outside it is written plainly rather than dropped. */
function ansi(tekst: string): string {
  return tekst
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/[^\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u20ac\n]/g, '?');
}

type Doc = InstanceType<typeof PDFDocument>;

function kop(doc: Doc, tekst: string, grootte = 13): void {
  if (doc.y > doc.page.height - 140) doc.addPage();
  doc.moveDown(0.6).font(KOP).fontSize(grootte).fillColor('#000').text(ansi(tekst), MARGE);
  doc.moveDown(0.2).font(TEKST).fontSize(9);
}

function alinea(doc: Doc, tekst: string): void {
  doc
    .font(TEKST)
    .fontSize(9)
    .fillColor('#000')
    .text(ansi(tekst), MARGE, undefined, {
      width: doc.page.width - 2 * MARGE,
    });
}

function tabel(doc: Doc, koppen: string[], rijen: (string | number)[][], breedtes?: number[]): void {
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc.font(TEKST).fontSize(8).fillColor('#000');
  doc.table({
    position: { x: MARGE, y: doc.y },
    maxWidth: doc.page.width - 2 * MARGE,
    ...(breedtes ? { columnStyles: breedtes } : {}),
    rowStyles: (i) => (i === 0 ? { backgroundColor: '#e8e8e8' } : undefined),
    data: [
      koppen.map((k) => ({ text: ansi(k), type: 'TH' as const, font: { src: KOP } })),
      ...rijen.map((r) => r.map((c) => ansi(String(c)))),
    ],
  });
  doc.moveDown(0.5);
}

const GEMEENTE = (
  gemeenteJson as unknown as { features: { geometry: Polygon | MultiPolygon }[] }
).features.map((f) => f.geometry);

/** A square map around the site: the outer ring plus a margin, in a local metric plane. */
function kaart(doc: Doc, locatie: Dossier['locaties'][number], ringen: readonly number[]): void {
  const grootte = 230;
  if (doc.y > doc.page.height - grootte - 60) doc.addPage();
  const x0 = MARGE;
  const y0 = doc.y;
  const buiten = ringen[ringen.length - 1] ?? 1000;
  const halfM = buiten * 1.15;
  const schaal = grootte / (2 * halfM);
  const [lon0, lat0] = locatie.positie;
  const xy = (lon: number, lat: number): [number, number] => [
    x0 + grootte / 2 + (lon - lon0) * METER_PER_GRAAD_LON * schaal,
    y0 + grootte / 2 - (lat - lat0) * METER_PER_GRAAD_LAT * schaal,
  ];
  doc.save();
  doc.rect(x0, y0, grootte, grootte).fillAndStroke('#f4f6f8', '#888');
  doc.rect(x0, y0, grootte, grootte).clip();
  // The city outline, as a light reference.
  for (const g of GEMEENTE) {
    const vlakken = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const vlak of vlakken) {
      for (const ring of vlak) {
        ring.forEach(([lon = 0, lat = 0], i) => {
          const [px, py] = xy(lon, lat);
          if (i === 0) doc.moveTo(px, py);
          else doc.lineTo(px, py);
        });
        doc.closePath();
      }
    }
  }
  doc.lineWidth(0.5).strokeColor('#9aa5b1').stroke();
  // The rings, from their polygons (the same geometry as the GeoJSON export).
  for (const r of ringen) {
    const coords = ringPolygoon(locatie.positie, r).geometry.coordinates[0] ?? [];
    coords.forEach(([lon = 0, lat = 0], i) => {
      const [px, py] = xy(lon, lat);
      if (i === 0) doc.moveTo(px, py);
      else doc.lineTo(px, py);
    });
    doc.closePath().lineWidth(1).dash(3, { space: 2 }).strokeColor('#004b87').stroke().undash();
  }
  for (const v of locatie.analyse.voorzieningen) {
    const [px, py] = xy(v.positie[0], v.positie[1]);
    doc
      .circle(px, py, v.signaal ? 3.5 : 2.5)
      .fillColor(FASE_KLEUR[v.fase] ?? '#000')
      .fill();
  }
  const [sx, sy] = xy(lon0, lat0);
  doc
    .lineWidth(2)
    .strokeColor('#d50000')
    .moveTo(sx - 6, sy)
    .lineTo(sx + 6, sy)
    .moveTo(sx, sy - 6)
    .lineTo(sx, sy + 6)
    .stroke();
  doc.restore();
  // Legend and scale beside the map.
  const lx = x0 + grootte + 15;
  doc.font(TEKST).fontSize(8).fillColor('#000');
  doc.text(ansi(`Kaart: ${locatie.label}`), lx, y0, { width: 230 });
  doc.text('Rood kruis: beoogde locatie', lx, undefined, { width: 230 });
  doc.text(`Ringen (gestreept): ${ringen.map((r) => `${r} m`).join(', ')}`, lx, undefined, { width: 230 });
  doc.text('Stippen: voorzieningen, kleur per fase (groot: fase 2 of hoger)', lx, undefined, { width: 230 });
  doc.text('Vertrouwelijke locaties staan niet op de kaart.', lx, undefined, { width: 230 });
  const balkM = buiten >= 2000 ? 1000 : buiten >= 500 ? 250 : 100;
  const by = y0 + grootte - 10;
  doc
    .lineWidth(1.5)
    .strokeColor('#000')
    .moveTo(lx, by)
    .lineTo(lx + balkM * schaal, by)
    .stroke();
  doc.text(`${balkM} m`, lx, by + 3);
  doc.text('Gemeentegrens: schematische gebiedsindeling (CBS, Kadaster)', lx, by - 30, { width: 230 });
  doc.x = MARGE;
  doc.y = y0 + grootte + 10;
}

function isDemo(dossier: Dossier, bron: Bron): boolean {
  return (
    bron.dataset === 'demodata' ||
    dossier.locaties.some((l) => Object.values(l.analyse.bronnen).some((b) => b.demodata))
  );
}

export async function rapportPdf(dossier: Dossier, bron: Bron, gemaakt: Date): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGE,
    lang: 'nl-NL',
    info: {
      Title: ansi(`Draagkrachtscan ${dossier.id} versie ${dossier.versie}: ${dossier.titel}`),
      Author: 'Gemeente Rotterdam, HKD-kaart',
      Subject: 'Draagkrachtscan (Convenant Huisvesting Kwetsbare Doelgroepen)',
    },
  });
  const delen: Uint8Array[] = [];
  doc.on('data', (d: Uint8Array) => delen.push(d));
  const klaar = new Promise<void>((resolve) => doc.on('end', () => resolve()));

  const demo = isDemo(dossier, bron);
  doc.font(KOP).fontSize(18).text('Draagkrachtscan', MARGE);
  doc.font(TEKST).fontSize(11).text(ansi(dossier.titel));
  doc.moveDown(0.3).fontSize(9);
  alinea(
    doc,
    `Dossier ${dossier.id}, versie ${dossier.versie} (${dossier.status}). Gegevens per ${bron.peildatum}. ` +
      `Rapport gemaakt op ${gemaakt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  );
  if (demo) {
    doc.moveDown(0.3).font(KOP).fontSize(10).fillColor('#b00020');
    doc.text(
      'DEMODATA: gegenereerde gegevens, geen echte voorzieningen, adressen, personen of zaken.',
      MARGE,
    );
    doc.fillColor('#000');
  }
  if (dossier.correctieReden)
    alinea(doc, `Correctie op versie ${dossier.versie - 1}: ${dossier.correctieReden}`);

  kop(doc, 'Initiatief');
  const i = dossier.initiatief;
  tabel(
    doc,
    ['Veld', 'Waarde'],
    [
      ['Woonvorm', WOONVORM[i.woonvorm] ?? i.woonvorm],
      ['Doelgroep', i.doelgroep],
      ['Capaciteit (plekken)', i.capaciteit],
      ['Zorgaanbieder', i.aanbieder?.naam ?? '-'],
      ['Omschrijving', i.omschrijving || '-'],
      ['Ringen', dossier.ringen.map((r) => `${r} m`).join(', ')],
    ],
    [140, 355],
  );

  for (const l of dossier.locaties) {
    const a = l.analyse;
    doc.addPage();
    kop(doc, `Locatie: ${l.label}`, 14);
    alinea(
      doc,
      `${l.adres ?? 'Punt op de kaart'} - buurt ${a.locatie.buurt.naam} (${a.locatie.buurt.code}), wijk ${a.locatie.wijk.naam}, ` +
        `postcode ${a.locatie.pc4}, RD ${a.locatie.rd[0].toFixed(0)}, ${a.locatie.rd[1].toFixed(0)}.`,
    );
    doc.moveDown(0.4);
    kaart(doc, l, dossier.ringen);

    kop(doc, 'Voorzieningen per ring');
    tabel(
      doc,
      ['Ring', 'Locaties', 'Plekken', 'Fase 2 of hoger', 'RGW-zaken (som cellen)', 'Cellen < 5'],
      a.ringen.map((r, k) => {
        const rgw = a.rgw.ringen[k];
        return [
          `${r.straalM} m`,
          r.totaal.locaties,
          r.totaal.plekken,
          r.faseTweeOfHoger,
          rgw?.zaken ?? '-',
          rgw?.cellenMinderDan5 ?? '-',
        ];
      }),
    );
    kop(doc, 'Voorzieningen in de ringen', 11);
    if (a.voorzieningen.length === 0) alinea(doc, 'Geen voorzieningen binnen de buitenste ring.');
    else
      tabel(
        doc,
        ['Naam', 'Woonvorm', 'Doelgroep', 'Fase', 'Plekken', 'Afstand'],
        a.voorzieningen.map((v) => [
          `${v.naam}${v.signaal ? ' (!)' : ''}`,
          WOONVORM[v.woonvorm] ?? v.woonvorm,
          v.doelgroep,
          v.fase,
          v.capaciteit,
          `${v.afstandM} m`,
        ]),
        [130, 105, 110, 30, 45, 75],
      );
    if (a.signalen.length > 0)
      alinea(doc, `(!) fase 2 of hoger op de escalatieladder: ${a.signalen.length} locatie(s).`);

    kop(doc, 'Concentratie: plekken per 1.000 inwoners', 11);
    const c = a.concentratie.alle;
    tabel(
      doc,
      ['Gebied', 'Inwoners', 'Plekken voor', 'Per 1.000 voor', 'Plekken na', 'Per 1.000 na'],
      [
        [
          `Buurt ${c.buurt.naam}`,
          c.buurt.inwoners,
          c.buurt.plekkenVoor,
          getal(c.buurt.per1000Voor),
          c.buurt.plekkenNa,
          getal(c.buurt.per1000Na),
        ],
        [
          `Wijk ${c.wijk.naam}`,
          c.wijk.inwoners,
          c.wijk.plekkenVoor,
          getal(c.wijk.per1000Voor),
          c.wijk.plekkenNa,
          getal(c.wijk.per1000Na),
        ],
        ['Rotterdam (gemiddelde)', c.stad.inwoners, c.stad.plekken, getal(c.stad.per1000), '-', '-'],
      ],
    );

    kop(doc, 'Wijkprofiel van de buurt', 11);
    tabel(
      doc,
      ['Sociale index', 'Fysieke index', 'Veiligheidsindex'],
      [
        [
          getal(a.wijkprofiel.indices.sociaal),
          getal(a.wijkprofiel.indices.fysiek),
          getal(a.wijkprofiel.indices.veiligheid),
        ],
      ],
    );
    alinea(doc, a.wijkprofiel.toelichting);

    kop(doc, 'Vertrouwelijke locaties en individuele woningen per buurt', 11);
    tabel(
      doc,
      ['Buurt', 'Vertrouwelijk: locaties', 'plekken', 'Huurzorg', 'Wonen eerst', 'RGW-zaken'],
      a.buurtenRond.map((b) => {
        const vt = a.vertrouwelijk.find((x) => x.buurt === b.code);
        const w = a.individueleWoningen.buurten.find((x) => x.buurt === b.code);
        const r = a.rgw.buurten.find((x) => x.buurt === b.code);
        const t = (x: { onderdrukt: boolean; aantal?: number } | undefined) =>
          x === undefined ? '-' : x.onderdrukt ? 'minder dan 5' : String(x.aantal);
        return [
          b.naam,
          vt?.locaties ?? 0,
          vt?.plekken ?? 0,
          t(w?.zelfstandigMetHuurzorg),
          t(w?.wonenEerst),
          t(r?.telling),
        ];
      }),
    );
    alinea(
      doc,
      'RGW-aantallen zijn licht verstoord en afgerond op 5; onder 5 staat er "minder dan 5", ook bij 0. Een ring telt de ' +
        'vrijgegeven waarden van de H3-cellen waarvan het midden binnen de straal ligt; cellen met minder dan 5 tellen niet mee.',
    );
    kop(doc, 'Bronnen', 11);
    tabel(
      doc,
      ['Gegeven', 'Bron', 'Datum'],
      Object.entries(a.bronnen).map(([k, b]) => [k, `${b.naam}${b.demodata ? ' [demodata]' : ''}`, b.datum]),
      [90, 330, 75],
    );
  }

  doc.addPage();
  kop(doc, 'Stappenplan', 14);
  tabel(
    doc,
    ['Stap', 'Gedaan', 'Opmerking'],
    dossier.stappen.map((s) => [s.titel, s.gedaan ? 'ja' : 'nee', s.opmerking || '-']),
    [250, 45, 200],
  );
  kop(doc, 'Kwalitatieve informatie van de clusters');
  for (const [naam, tekst] of [
    ['MO (Maatschappelijke Ontwikkeling)', dossier.kwalitatief.mo],
    ['SO (Stadsontwikkeling)', dossier.kwalitatief.so],
    ['DV (Dienstverlening)', dossier.kwalitatief.dv],
  ] as const) {
    doc.font(KOP).fontSize(9).text(ansi(naam), MARGE);
    alinea(doc, tekst || '(niet ingevuld)');
    doc.moveDown(0.3);
  }
  kop(doc, 'Conclusie');
  alinea(doc, dossier.conclusie.oordeel ? (OORDEEL[dossier.conclusie.oordeel] ?? '') : 'Nog geen conclusie');
  alinea(doc, dossier.conclusie.motivering || '(geen motivering)');
  kop(doc, 'Verantwoording');
  alinea(
    doc,
    `Aangemaakt door ${dossier.aangemaakt.wie} op ${dossier.aangemaakt.tijd}; laatst gewijzigd door ${dossier.gewijzigd.wie} ` +
      `op ${dossier.gewijzigd.tijd}` +
      (dossier.definitief
        ? `; definitief gemaakt door ${dossier.definitief.wie} op ${dossier.definitief.tijd}.`
        : '.') +
      ` Versies: ${dossier.versies.map((v) => `${v.versie} (${v.status})`).join(', ')}.`,
  );
  if (demo) alinea(doc, 'Dit rapport bevat demodata.');

  doc.end();
  await klaar;
  const lengte = delen.reduce((s, d) => s + d.byteLength, 0);
  const uit = new Uint8Array(lengte);
  let plek = 0;
  for (const d of delen) {
    uit.set(d, plek);
    plek += d.byteLength;
  }
  return uit;
}
