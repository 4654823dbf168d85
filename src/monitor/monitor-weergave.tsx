/**
 * The Monitor view beside the map: the escalatieladder over time (what the role may see of it), outflow from beschermd
 * wonen against its norms, and Rotterdams Goed Wonen against its targets. Every chart has its table twin and CSV.
 */
// Loaded lazily by the shell (app.tsx), recharts with it: a first visit to the map never downloads this.
import type { ReactNode } from 'react';
import { useEscalatieladder, useRgwMonitor, useUitstroom, type LadderVoorRol } from '../api/monitor';
import type { BronToestand } from '../api/bron';
import { useSessie } from '../api/sessie';
import { LijnGrafiek, StaafGrafiek } from '../charts/monitor-grafieken';
import {
  AANDEEL_REEKS,
  focusgebiedSerie,
  kwartalenTussen,
  ladderSerie,
  periodeLabel,
  rgwSplitsingSerie,
  rgwZakenSerie,
  uitstroomSerie,
  wachttijdSerie,
  wisselSerie,
  wonenEerstSerie,
  woningenSerie,
  getal,
  isDemoReeks,
  jaarLabel,
  type Punt,
  type Reeks,
} from '../charts/to-monitor-series';
import type { LadderLocatie, LadderMaand, LadderWissels, RgwMonitorPeriode } from '../contract/monitor';
import type { RgwMonitorAntwoord, UitstroomAntwoord } from '../contract/monitor';
import { MONITOR } from '../domain/monitor-teksten';
import { ROL_LABEL } from '../domain/roles';
import { PanelFoutGrens } from '../panels/panel-fout-grens';
import { MonitorFiguur, nlDatum, type TabelKolom } from './monitor-figuur';
import './monitor.css';

const MINDER_DAN_5 = 'minder dan 5';

function Laden<T>({
  toestand,
  titel,
  kind,
}: {
  toestand: BronToestand<T>;
  titel: string;
  kind: (data: T) => ReactNode;
}) {
  if (toestand.status === 'laden') return <p className="monitor__laden">{titel} laden…</p>;
  if (toestand.status === 'fout')
    return (
      <p className="veld__fout" role="alert">
        {titel}: {toestand.fout.message}
      </p>
    );
  return <>{kind(toestand.data)}</>;
}

function punt(p: Punt, sleutel: string): number | null {
  const w = p[sleutel];
  return typeof w === 'number' ? w : null;
}

// ---- Escalatieladder ----

function ladderKolommen(a: LadderVoorRol): TabelKolom<LadderMaand>[] {
  return [
    { kop: 'Maand', waarde: (m) => m.maand },
    ...a.fasen.map((f) => ({
      kop: `Fase ${f.fase}`,
      waarde: (m: LadderMaand) => m.perFase[f.fase],
      numeriek: true,
    })),
  ];
}

function ladderBeschrijving(maanden: readonly LadderMaand[], wie: string): string {
  const eerste = maanden[0];
  const laatste = maanden.at(-1);
  if (!eerste || !laatste) return `Geen gegevens over ${wie}.`;
  const tekst = (m: LadderMaand) =>
    `fase 0: ${m.perFase['0']}, fase 1: ${m.perFase['1']}, fase 2: ${m.perFase['2']}, fase 3a: ${m.perFase['3a']}, fase 3b: ${m.perFase['3b']}`;
  return `Lijngrafiek: ${wie} per fase per maand. ${eerste.maand}: ${tekst(eerste)}. ${laatste.maand}: ${tekst(laatste)}.`;
}

const WISSEL_KOLOMMEN: TabelKolom<LadderWissels>[] = [
  { kop: 'Kwartaal', waarde: (w) => periodeLabel(w.kwartaal) },
  { kop: 'Van fase', waarde: (w) => w.van },
  { kop: 'Naar fase', waarde: (w) => w.naar },
  { kop: 'Aantal locaties', waarde: (w) => w.aantal, numeriek: true },
];

const FASE_ORDE = ['3b', '3a', '2', '1', '0'];

/** Most urgent first, as the inventory worked; then by name. */
function urgentEerst(locaties: readonly LadderLocatie[]): LadderLocatie[] {
  return [...locaties].sort(
    (a, b) => FASE_ORDE.indexOf(a.fase) - FASE_ORDE.indexOf(b.fase) || a.naam.localeCompare(b.naam, 'nl'),
  );
}

const LOCATIE_KOLOMMEN: TabelKolom<LadderLocatie>[] = [
  { kop: 'Locatie', waarde: (l) => l.naam },
  { kop: 'Zorgaanbieder', waarde: (l) => l.zorgaanbieder },
  { kop: 'Fase nu', waarde: (l) => l.fase },
  {
    kop: 'Wissels',
    waarde: (l) =>
      l.wissels.length === 0
        ? 'geen'
        : l.wissels.map((w) => `${nlDatum(w.datum)}: ${w.van} → ${w.naar}`).join('; '),
  },
];

function Wissels({
  wissels,
  wie,
  datum,
  bron,
  id,
}: {
  wissels: readonly LadderWissels[];
  wie: string;
  datum: string;
  bron: string;
  id: string;
}) {
  const kwartalen = kwartalenTussen('2023-04-01', datum);
  const serie = wisselSerie(wissels, kwartalen);
  const totaal = wissels.reduce((s, w) => s + w.aantal, 0);
  return (
    <MonitorFiguur
      id={id}
      titel={`Wissels tussen fasen per kwartaal (${wie})`}
      uitleg="Hoe vaak een locatie naar een hogere fase ging (meer maatregelen) of naar een lagere fase (minder)."
      grafiek={
        <StaafGrafiek
          serie={serie}
          gestapeld
          beschrijving={`Staafgrafiek: wissels tussen fasen per kwartaal, ${wie}. In totaal ${totaal} wissels sinds de inventarisatie.`}
        />
      }
      legenda={{ reeksen: serie.reeksen, soort: 'staaf' }}
      tabel={{
        bijschrift: `Wissels tussen fasen per kwartaal, ${wie}`,
        kolommen: WISSEL_KOLOMMEN,
        rijen: wissels,
      }}
      bron={bron}
      datum={datum}
    />
  );
}

function Escalatieladder({ a }: { a: LadderVoorRol }) {
  const datum = a.bron.peildatum;
  const bron = `fasewissels in de HKD-opslag sinds de inventarisatie van ${nlDatum(a.inventarisatie.datum)} (${a.bron.dataset === 'demodata' ? 'demodata' : 'gemeente'})`;
  const stad = ladderSerie(a.stad, a.fasen);
  return (
    <>
      <section className="monitor-figuur monitor-figuur--breed" aria-labelledby="fasen-kop">
        <h3 id="fasen-kop">Wat de fasen betekenen</h3>
        <dl className="monitor-fasen">
          {a.fasen.map((f) => (
            <div key={f.fase}>
              <dt>
                Fase {f.fase}: {f.naam}
              </dt>
              <dd>{f.betekenis}</dd>
            </div>
          ))}
        </dl>
        <p className="monitor-figuur__uitleg">
          Bij de inventarisatie van {nlDatum(a.inventarisatie.datum)} stonden {a.inventarisatie.perFase['0']}{' '}
          locaties in fase 0, {a.inventarisatie.perFase['1']} in fase 1, {a.inventarisatie.perFase['2']} in
          fase 2 en {a.inventarisatie.perFase['3a']} in fase 3a.
        </p>
      </section>
      <MonitorFiguur
        id="ladder-stad"
        titel="Locaties per fase per maand (heel Rotterdam)"
        grafiek={
          <LijnGrafiek serie={stad} beschrijving={ladderBeschrijving(a.stad, 'alle locaties in Rotterdam')} />
        }
        legenda={{ reeksen: stad.reeksen, soort: 'lijn' }}
        tabel={{
          bijschrift: 'Locaties per fase per maand, heel Rotterdam',
          kolommen: ladderKolommen(a),
          rijen: a.stad,
        }}
        bron={bron}
        datum={datum}
      />
      {a.rol === 'zorgaanbieder' ? (
        <>
          <MonitorFiguur
            id="ladder-eigen"
            titel={`Eigen locaties per fase per maand (${a.organisatie.naam})`}
            grafiek={
              <LijnGrafiek
                serie={ladderSerie(a.eigen.perMaand, a.fasen)}
                beschrijving={ladderBeschrijving(a.eigen.perMaand, `de locaties van ${a.organisatie.naam}`)}
              />
            }
            legenda={{ reeksen: ladderSerie(a.eigen.perMaand, a.fasen).reeksen, soort: 'lijn' }}
            tabel={{
              bijschrift: `Eigen locaties per fase per maand, ${a.organisatie.naam}`,
              kolommen: ladderKolommen(a),
              rijen: a.eigen.perMaand,
            }}
            bron={bron}
            datum={datum}
          />
          <Wissels
            id="wissels-eigen"
            wissels={a.eigen.wissels}
            wie="eigen locaties"
            datum={datum}
            bron={bron}
          />
          <MonitorFiguur
            id="locaties-eigen"
            titel="Eigen locaties en hun fase"
            tabel={{
              bijschrift: 'Eigen locaties en hun fase',
              kolommen: LOCATIE_KOLOMMEN,
              rijen: urgentEerst(a.eigen.locaties),
            }}
            bron={bron}
            datum={datum}
            breed
          />
        </>
      ) : null}
      {a.rol === 'draagkrachtscan' || a.rol === 'beheer' ? (
        <>
          <Wissels id="wissels-stad" wissels={a.wissels} wie="heel Rotterdam" datum={datum} bron={bron} />
          <MonitorFiguur
            id="locaties"
            titel="Alle locaties en hun fase"
            tabel={{
              bijschrift: 'Alle locaties en hun fase',
              kolommen: LOCATIE_KOLOMMEN,
              rijen: urgentEerst(a.locaties),
            }}
            bron={bron}
            datum={datum}
            breed
          />
        </>
      ) : null}
    </>
  );
}

// ---- Uitstroom ----

function Uitstroom({ a }: { a: UitstroomAntwoord }) {
  const uit = uitstroomSerie(a);
  const wacht = wachttijdSerie(a);
  const woningen = woningenSerie(a);
  const wonenEerst = wonenEerstSerie(a);
  const pct = (x: number) => `${(x * 100).toLocaleString('nl-NL')}%`;
  const eersteWacht = a.wachttijd[0];
  const laatsteWacht = a.wachttijd.at(-1);
  const demo = {
    uitstroom: isDemoReeks(a.herkomst.uitstroom),
    wachttijd: isDemoReeks(a.herkomst.wachttijd),
    woningen: isDemoReeks(a.herkomst.woningen),
  };
  return (
    <>
      <MonitorFiguur
        id="uitstroom"
        titel="Uitstroom uit beschermd wonen per jaar"
        uitleg={MONITOR.uitstroom}
        demo={demo.uitstroom ? MONITOR.demoUitstroom : undefined}
        grafiek={
          <StaafGrafiek
            serie={uit}
            gestapeld
            beschrijving={`Gestapelde staafgrafiek: uitstroom per jaar. ${a.jaren.map((j) => `${j.jaar}: ${j.uitstroom.toLocaleString('nl-NL')}, waarvan ${j.viaHuurzorg.toLocaleString('nl-NL')} direct`).join('; ')}.`}
          />
        }
        legenda={{ reeksen: uit.reeksen, soort: 'staaf' }}
        tabel={{
          bijschrift: 'Uitstroom uit beschermd wonen per jaar',
          kolommen: [
            { kop: 'Jaar', waarde: (j) => String(j.jaar) },
            { kop: 'Uitstroom', waarde: (j) => j.uitstroom, numeriek: true },
            { kop: 'Directe bemiddeling', waarde: (j) => j.viaHuurzorg, numeriek: true },
            { kop: 'Urgentie', waarde: (j) => j.viaUrgentie, numeriek: true },
            {
              kop: 'Aandeel direct (%)',
              waarde: (j) => Math.round((j.viaHuurzorg / Math.max(1, j.uitstroom)) * 100),
              numeriek: true,
            },
          ],
          rijen: a.jaren,
        }}
        bron={a.herkomst.uitstroom.omschrijving}
        datum={a.herkomst.uitstroom.bijgewerkt}
      />
      <MonitorFiguur
        id="ijkpunt"
        titel={`Deel van de vrijgekomen sociale huurwoningen (ijkpunt ${pct(a.ijkpunt)})`}
        uitleg={`Hooguit ${pct(a.ijkpunt)} van de vrijgekomen betaalbare sociale huurwoningen gaat naar uitstroom.`}
        demo={demo.uitstroom ? MONITOR.demoAanbod : undefined}
        grafiek={
          <LijnGrafiek
            serie={{ x: uit.x, punten: uit.punten, reeksen: [AANDEEL_REEKS] }}
            eenheid="%"
            referentie={{ waarde: a.ijkpunt * 100, label: `ijkpunt ${pct(a.ijkpunt)}` }}
            yMax={30}
            beschrijving={`Lijngrafiek: uitstroom als deel van de vrijgekomen woningen, tegen het ijkpunt van ${pct(a.ijkpunt)}. ${a.jaren.map((j) => `${j.jaar}: ${j.aandeel === null ? 'onbekend' : pct(j.aandeel)}`).join('; ')}.`}
          />
        }
        legenda={{
          reeksen: [AANDEEL_REEKS, referentieReeks('ijk', `Ijkpunt ${pct(a.ijkpunt)}`)],
          soort: 'lijn',
        }}
        tabel={{
          bijschrift: 'Uitstroom en vrijgekomen sociale huurwoningen per jaar',
          kolommen: [
            { kop: 'Jaar', waarde: (j) => String(j.jaar) },
            { kop: 'Uitstroom', waarde: (j) => j.uitstroom, numeriek: true },
            { kop: 'Vrijgekomen woningen', waarde: (j) => j.aanbod, numeriek: true },
            {
              kop: 'Aandeel (%)',
              waarde: (j) => (j.aandeel === null ? null : Math.round(j.aandeel * 1000) / 10),
              numeriek: true,
            },
          ],
          rijen: a.jaren,
        }}
        bron={a.herkomst.uitstroom.omschrijving}
        datum={a.herkomst.uitstroom.bijgewerkt}
      />
      <MonitorFiguur
        id="wachttijd"
        titel={`Wachttijd voor directe bemiddeling (norm ${a.wachtnorm} maanden)`}
        uitleg="Gemiddelde tijd van urgentie tot aanbod van een woning, per maand."
        demo={demo.wachttijd ? MONITOR.demoWachttijd : undefined}
        grafiek={
          <LijnGrafiek
            serie={wacht}
            eenheid="maanden"
            referentie={{ waarde: a.wachtnorm, label: `norm ${a.wachtnorm} maanden` }}
            beschrijving={`Lijngrafiek: gemiddelde wachttijd per maand tegen de norm van ${a.wachtnorm} maanden. ${eersteWacht ? `${eersteWacht.maand}: ${eersteWacht.maanden.toLocaleString('nl-NL')} maanden` : ''}${laatsteWacht ? `, ${laatsteWacht.maand}: ${laatsteWacht.maanden.toLocaleString('nl-NL')} maanden` : ''}.`}
          />
        }
        legenda={{
          reeksen: [...wacht.reeksen, referentieReeks('norm', `Norm ${a.wachtnorm} maanden`)],
          soort: 'lijn',
        }}
        tabel={{
          bijschrift: 'Gemiddelde wachttijd directe bemiddeling per maand',
          kolommen: [
            { kop: 'Maand', waarde: (w) => w.maand },
            { kop: 'Wachttijd (maanden)', waarde: (w) => w.maanden, numeriek: true },
          ],
          rijen: a.wachttijd,
        }}
        bron={a.herkomst.wachttijd.omschrijving}
        datum={a.herkomst.wachttijd.bijgewerkt}
      />
      <MonitorFiguur
        id="woningen"
        titel="Zelfstandig wonen met huur- en zorgovereenkomst"
        uitleg={MONITOR.woningen}
        demo={demo.woningen ? MONITOR.demoWoningen : undefined}
        grafiek={
          <LijnGrafiek
            serie={woningen}
            eenheid="woningen"
            beschrijving={`Lijngrafiek: woningen met huur- en zorgovereenkomst, doel en gerealiseerd per jaar. ${a.woningen.map((w) => `${w.jaar}: doel ${w.doel.toLocaleString('nl-NL')}${w.gerealiseerd === null ? '' : `, gerealiseerd ${w.gerealiseerd.toLocaleString('nl-NL')}`}`).join('; ')}.`}
          />
        }
        legenda={{ reeksen: woningen.reeksen, soort: 'lijn' }}
        tabel={{
          bijschrift: 'Woningen met huur- en zorgovereenkomst per jaar',
          kolommen: [
            { kop: 'Jaar', waarde: (w) => String(w.jaar) },
            { kop: 'Doel (plan)', waarde: (w) => w.doel, numeriek: true },
            { kop: 'Gerealiseerd', waarde: (w) => w.gerealiseerd, numeriek: true, leeg: 'nog niet bekend' },
          ],
          rijen: a.woningen,
        }}
        bron={a.herkomst.woningen.omschrijving}
        datum={a.herkomst.woningen.bijgewerkt}
      />
      <MonitorFiguur
        id="wonen-eerst"
        titel={`Wonen eerst: nieuwe woningen per jaar (afspraak ${a.wonenEerstAfspraak})`}
        uitleg={MONITOR.wonenEerst}
        demo={demo.woningen ? MONITOR.demoWonenEerst : undefined}
        grafiek={
          <StaafGrafiek
            serie={wonenEerst}
            waarden
            referentie={{ waarde: a.wonenEerstAfspraak, label: `afspraak ${a.wonenEerstAfspraak}` }}
            beschrijving={`Staafgrafiek: nieuwe woningen Wonen eerst per jaar tegen de afspraak van ${a.wonenEerstAfspraak}. ${a.wonenEerst.map((w) => `${jaarLabel(w.jaar, a.bron.peildatum)}: ${w.nieuw}`).join('; ')}.`}
          />
        }
        legenda={{
          reeksen: [
            ...wonenEerst.reeksen,
            referentieReeks('afspraak', `Afspraak ${a.wonenEerstAfspraak} per jaar`),
          ],
          soort: 'staaf',
        }}
        tabel={{
          bijschrift: 'Wonen eerst: nieuwe woningen per jaar',
          kolommen: [
            { kop: 'Jaar', waarde: (w) => jaarLabel(w.jaar, a.bron.peildatum) },
            { kop: 'Nieuw', waarde: (w) => w.nieuw, numeriek: true },
            { kop: 'Totaal sinds het convenant', waarde: (w) => w.totaal, numeriek: true },
          ],
          rijen: a.wonenEerst,
        }}
        bron={a.herkomst.woningen.omschrijving}
        datum={a.herkomst.woningen.bijgewerkt}
      />
    </>
  );
}

// ---- RGW ----

function periodeKolommen(doel: RgwMonitorAntwoord['doelen']['perJaar']): TabelKolom<RgwMonitorPeriode>[] {
  const n = doelTekst;
  return [
    {
      kop: 'Periode',
      waarde: (p) =>
        p.lopend ? `${periodeLabel(p.periode)} (t/m ${nlDatum(p.tot)})` : periodeLabel(p.periode),
    },
    {
      kop: `Nieuwe zaken (doel ${n(doel.nieuweZaken)})`,
      waarde: (p) => getal(p.nieuweZaken),
      numeriek: true,
      leeg: MINDER_DAN_5,
    },
    { kop: 'Afgesloten zaken', waarde: (p) => getal(p.afgeslotenZaken), numeriek: true, leeg: MINDER_DAN_5 },
    {
      kop: `Integrale acties (doel ${n(doel.integraleActies)})`,
      waarde: (p) => p.integraleActies,
      numeriek: true,
    },
    { kop: `Casustafels (doel ${n(doel.casustafels)})`, waarde: (p) => p.casustafels, numeriek: true },
    {
      kop: `Stopgesprekken (doel ${n(doel.stopgesprekken)})`,
      waarde: (p) => p.stopgesprekken,
      numeriek: true,
    },
  ];
}

/** A target as people say it: 1.250, or "ongeveer 313" for a quarter of it. */
function doelTekst(doel: number): string {
  return Number.isInteger(doel)
    ? doel.toLocaleString('nl-NL')
    : `ongeveer ${Math.round(doel).toLocaleString('nl-NL')}`;
}

/** The legend line of a chart's reference line: a dashed line with a cross, named in words. */
function referentieReeks(sleutel: string, naam: string): Reeks {
  return {
    sleutel,
    naam: `${naam} (stippellijn)`,
    kleur: '#1b2126',
    patroon: 'leeg',
    marker: 'kruis',
    streep: '4 4',
  };
}

/**
 * RGW's cases per year or per quarter against the programme's targets: one figure for both, so the year and the
 * quarter always say the same thing the same way.
 */
function DoelFiguur({
  id,
  per,
  perioden,
  doelen,
  bron,
  datum,
  demo,
}: {
  id: string;
  per: 'jaar' | 'kwartaal';
  perioden: readonly RgwMonitorPeriode[];
  doelen: RgwMonitorAntwoord['doelen'];
  bron: string;
  datum: string;
  demo: boolean;
}) {
  const serie = rgwZakenSerie(perioden);
  const doel = per === 'jaar' ? doelen.perJaar : doelen.perKwartaal;
  const nieuw = doelTekst(doel.nieuweZaken);
  const beschrijving = serie.punten
    .map((p) => {
      const w = punt(p, 'nieuweZaken');
      return `${String(p.label)}: ${w === null ? MINDER_DAN_5 : w.toLocaleString('nl-NL')} nieuw`;
    })
    .join('; ');
  return (
    <MonitorFiguur
      id={id}
      titel={
        per === 'jaar'
          ? `Zaken per jaar (doel: minstens ${nieuw} nieuwe zaken)`
          : `Zaken per kwartaal (doel: ${nieuw} nieuwe zaken)`
      }
      uitleg={
        per === 'jaar'
          ? 'Nieuwe en afgesloten zaken in de vijf focuswijken. Het lopende jaar telt tot de peildatum.'
          : `Alleen kwartalen die voorbij zijn. Het doel per kwartaal is een kwart van het doel per jaar.`
      }
      grafiek={
        <StaafGrafiek
          serie={serie}
          waarden={per === 'jaar'}
          referentie={{
            waarde: doel.nieuweZaken,
            label: `doel ${Math.round(doel.nieuweZaken).toLocaleString('nl-NL')}`,
          }}
          beschrijving={`Staafgrafiek: RGW-zaken per ${per} tegen het doel van ${nieuw} nieuwe zaken. ${beschrijving}.`}
        />
      }
      legenda={{
        reeksen: [...serie.reeksen, referentieReeks('doel', `Doel: ${nieuw} nieuwe zaken per ${per}`)],
        soort: 'staaf',
      }}
      tabel={{
        bijschrift: `RGW per ${per} tegen de doelen van het programma`,
        kolommen: periodeKolommen(doel),
        rijen: perioden,
      }}
      bron={bron}
      datum={datum}
      demo={demo ? MONITOR.demoRgw : undefined}
    />
  );
}

function Rgw({ a }: { a: RgwMonitorAntwoord }) {
  const datum = a.bron.peildatum;
  const demo = a.bron.dataset === 'demodata';
  const bron = `RGW-zaakregister in de HKD-opslag${demo ? ' (demodata)' : ''}. ${MONITOR.rgwBron}`;
  const splitsing = rgwSplitsingSerie(a.jaren);
  const { serie: focus, jaar: focusJaar } = focusgebiedSerie(a);
  return (
    <>
      <DoelFiguur
        id="rgw-jaar"
        per="jaar"
        perioden={a.jaren}
        doelen={a.doelen}
        bron={bron}
        datum={datum}
        demo={demo}
      />
      <DoelFiguur
        id="rgw-kwartaal"
        per="kwartaal"
        perioden={a.kwartalen}
        doelen={a.doelen}
        bron={bron}
        datum={datum}
        demo={demo}
      />
      <MonitorFiguur
        id="rgw-splitsing"
        titel="Nieuwe zaken: reactief of proactief, mono- of multidisciplinair"
        uitleg={MONITOR.rgwSplitsing}
        grafiek={
          <>
            <StaafGrafiek
              serie={{ ...splitsing, reeksen: splitsing.reeksen.slice(0, 2) }}
              gestapeld
              hoogte={200}
              beschrijving={`Gestapelde staafgrafiek: nieuwe zaken reactief en proactief per jaar. ${splitsing.punten.map((p) => `${String(p.label)}: reactief ${punt(p, 'reactief') ?? MINDER_DAN_5}, proactief ${punt(p, 'proactief') ?? MINDER_DAN_5}`).join('; ')}.`}
            />
            <StaafGrafiek
              serie={{ ...splitsing, reeksen: splitsing.reeksen.slice(2) }}
              gestapeld
              hoogte={200}
              beschrijving={`Gestapelde staafgrafiek: nieuwe zaken mono- en multidisciplinair per jaar. ${splitsing.punten.map((p) => `${String(p.label)}: mono ${punt(p, 'mono') ?? MINDER_DAN_5}, multi ${punt(p, 'multi') ?? MINDER_DAN_5}`).join('; ')}.`}
            />
          </>
        }
        legenda={{ reeksen: splitsing.reeksen, soort: 'staaf' }}
        tabel={{
          bijschrift: 'Nieuwe zaken naar herkomst en aanpak per jaar',
          kolommen: [
            { kop: 'Jaar', waarde: (p) => (p.lopend ? `${p.periode} (t/m ${nlDatum(p.tot)})` : p.periode) },
            { kop: 'Reactief', waarde: (p) => getal(p.reactief), numeriek: true, leeg: MINDER_DAN_5 },
            { kop: 'Proactief', waarde: (p) => getal(p.proactief), numeriek: true, leeg: MINDER_DAN_5 },
            { kop: 'Mono', waarde: (p) => getal(p.mono), numeriek: true, leeg: MINDER_DAN_5 },
            { kop: 'Multi', waarde: (p) => getal(p.multi), numeriek: true, leeg: MINDER_DAN_5 },
          ],
          rijen: a.jaren,
        }}
        bron={bron}
        datum={datum}
      />
      <MonitorFiguur
        id="rgw-focusgebieden"
        titel={`Nieuwe zaken per 1.000 inwoners per focuswijk${focusJaar === null ? '' : ` (${focusJaar})`}`}
        grafiek={
          <StaafGrafiek
            serie={focus}
            liggend
            waarden
            hoogte={240}
            beschrijving={`Liggende staafgrafiek: nieuwe zaken per 1.000 inwoners per focuswijk. ${focus.punten.map((p) => `${String(p.label)}: ${punt(p, 'perDuizend') === null ? MINDER_DAN_5 + ' zaken' : (punt(p, 'perDuizend') ?? 0).toLocaleString('nl-NL')}`).join('; ')}.`}
          />
        }
        legenda={{ reeksen: focus.reeksen, soort: 'staaf' }}
        tabel={{
          bijschrift: `Nieuwe zaken per focuswijk${focusJaar === null ? '' : ` in ${focusJaar}`}`,
          kolommen: [
            { kop: 'Focuswijk', waarde: (p: Punt) => String(p.label) },
            { kop: 'Inwoners', waarde: (p: Punt) => punt(p, 'inwoners'), numeriek: true },
            {
              kop: 'Nieuwe zaken',
              waarde: (p: Punt) => punt(p, 'nieuweZaken'),
              numeriek: true,
              leeg: MINDER_DAN_5,
            },
            {
              kop: 'Per 1.000 inwoners',
              waarde: (p: Punt) => punt(p, 'perDuizend'),
              numeriek: true,
              leeg: '–',
            },
          ],
          rijen: focus.punten,
        }}
        bron={bron}
        datum={datum}
      />
      <MonitorFiguur
        id="rgw-basis"
        titel={`Vertrekpunt: de cijfers van ${a.basis.jaar}`}
        uitleg={MONITOR.rgwBasis}
        tabel={{
          bijschrift: `Cijfers ${a.basis.jaar} van de voorgangers van RGW`,
          kolommen: [
            { kop: 'Onderwerp', waarde: (r: { onderwerp: string; aantal: number }) => r.onderwerp },
            { kop: 'Aantal', waarde: (r: { onderwerp: string; aantal: number }) => r.aantal, numeriek: true },
          ],
          rijen: [
            { onderwerp: 'Meldingen ongewenste verhuur', aantal: a.basis.meldingenOngewensteVerhuur },
            {
              onderwerp: 'Meldingen over huisvesting van arbeidsmigranten',
              aantal: a.basis.meldingenArbeidsmigranten,
            },
            { onderwerp: 'Nieuwe zaken', aantal: a.basis.zakenGeopend },
            { onderwerp: 'Afgesloten zaken', aantal: a.basis.zakenGesloten },
          ],
        }}
        bron={a.basis.herkomst.omschrijving}
        datum={a.basis.herkomst.bijgewerkt}
      />
    </>
  );
}

const ROL_UITLEG = {
  publiek: MONITOR.rolPubliek,
  zorgaanbieder: 'Je ziet de totalen voor heel Rotterdam en de fasen van je eigen locaties.',
  draagkrachtscan: 'Je ziet alle locaties en hun fasen.',
  beheer: 'Je ziet alle locaties en hun fasen.',
} as const;

export function MonitorWeergave() {
  const { rol } = useSessie().gebruiker;
  const ladder = useEscalatieladder();
  const uitstroom = useUitstroom();
  const rgw = useRgwMonitor();
  return (
    <main className="monitor" id="inhoud" aria-labelledby="monitor-titel">
      <div className="monitor__kop">
        <h2 id="monitor-titel" tabIndex={-1}>
          Monitor
        </h2>
        <p>
          De cijfers van het convenant Huisvesting Kwetsbare Doelgroepen (HKD) en van Rotterdams Goed Wonen
          door de tijd. Bij elke grafiek staat een tabel met dezelfde cijfers. {ROL_UITLEG[rol]}{' '}
          <span className="visueel-verborgen">Rol: {ROL_LABEL[rol]}.</span>
        </p>
        <nav aria-label="Onderdelen van de monitor">
          <ul className="monitor__inhoud">
            <li>
              <a href="#monitor-ladder">Escalatieladder</a>
            </li>
            <li>
              <a href="#monitor-uitstroom">Uitstroom</a>
            </li>
            <li>
              <a href="#monitor-rgw">Rotterdams Goed Wonen</a>
            </li>
          </ul>
        </nav>
      </div>
      <section className="monitor__deel" aria-labelledby="monitor-ladder">
        <h2 id="monitor-ladder" tabIndex={-1}>
          Escalatieladder
        </h2>
        <div className="monitor__raster">
          <PanelFoutGrens titel="Escalatieladder">
            <Laden toestand={ladder} titel="Escalatieladder" kind={(a) => <Escalatieladder a={a} />} />
          </PanelFoutGrens>
        </div>
      </section>
      <section className="monitor__deel" aria-labelledby="monitor-uitstroom">
        <h2 id="monitor-uitstroom" tabIndex={-1}>
          Uitstroom uit beschermd wonen
        </h2>
        <div className="monitor__raster">
          <PanelFoutGrens titel="Uitstroom">
            <Laden toestand={uitstroom} titel="Uitstroom" kind={(a) => <Uitstroom a={a} />} />
          </PanelFoutGrens>
        </div>
      </section>
      <section className="monitor__deel" aria-labelledby="monitor-rgw">
        <h2 id="monitor-rgw" tabIndex={-1}>
          Rotterdams Goed Wonen
        </h2>
        <div className="monitor__raster">
          <PanelFoutGrens titel="Rotterdams Goed Wonen">
            <Laden toestand={rgw} titel="Rotterdams Goed Wonen" kind={(a) => <Rgw a={a} />} />
          </PanelFoutGrens>
        </div>
      </section>
    </main>
  );
}
