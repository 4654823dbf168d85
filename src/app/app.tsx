/** The application shell: header, demo warnings, sign-in, and the map with its side panel; features meet only here. */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { useMeta } from '../api/meta';
import {
  maakSessieOpslag,
  useSessie,
  useSessieOpslag,
  useSessieToestand,
  type SessieOpslag,
} from '../api/sessie';
import { useSymboolgroepen } from '../api/voorzieningen';
import { datalaag, lagenVoorRol, wisselLaag, type DatalaagId, type Filters } from '../domain/datalagen';
import { aantalVoorzieningen, filterGroepen, woonvormenIn } from '../domain/filters';
import { ROL_LABEL } from '../domain/roles';
import { groepTitel, type Symboolgroep } from '../domain/symboolgroepen';
import { zoekindex } from '../geo/zoekindex';
import type { Achtergrond } from '../map/basemap-style';
import { doelVoorPlaats, type KaartDoel, type NieuwDoel } from '../map/kaart-doel';
import type { KaartData, KenmerkUitvoer, ZijpaneelDeelProps } from '../kenmerken/kenmerk';
import { KENMERK_UI } from '../kenmerken/onderdelen';
import type { MapViewProps } from '../map/map-view';
import type { PdokProef, PdokProefOpties } from '../map/pdok';
import { buurtNaam } from '../panels/buurt-naam';
import { DetailPanel } from '../panels/detail-panel';
import { InloggenPaneel } from '../panels/inloggen-paneel';
import { Kaartlagen } from '../panels/kaartlagen';
import { LaagMeldingen } from '../panels/laag-meldingen';
import { Legenda } from '../panels/legenda';
import { PanelFoutGrens } from '../panels/panel-fout-grens';
import { FiltersPaneel } from '../panels/filters-paneel';
import { TABEL_ANKER, VoorzieningenTabelPaneel } from '../panels/voorzieningen-tabel-paneel';
import { WeergaveUitleg } from '../panels/weergave-uitleg';
import { ZoekVeld } from '../panels/zoek-veld';
import { Kop, MonitorLink } from './kop';
import { useWeergave } from './weergave';
import { SessieProvider } from './sessie-provider';
import { useAchtergrond, useKaartInstellingen } from './use-kaart-instellingen';
import { useUrlStaat } from './use-url-staat';
import { useSmalScherm, Zijpaneel, type BladStand } from './zijpaneel';

// Loaded on demand: maplibre and deck.gl are most of the JavaScript, and the header and panels should not wait.
const LuieKaart = lazy(() => import('../map/map-view').then((m) => ({ default: m.MapView })));
// Monitor view (issue 15): loaded with its charts only when `?weergave=monitor` is opened.
const LuieMonitor = lazy(() =>
  import('../monitor/monitor-weergave').then((m) => ({ default: m.MonitorWeergave })),
);

export interface AppProps {
  /** The map component; tests pass a stand-in, because jsdom has no WebGL. */
  Kaart?: ComponentType<MapViewProps>;
  sessieOpslag?: SessieOpslag;
  /** Probes PDOK; tests pass their own, so nothing leaves the test. */
  probeerPdok?: (opties: PdokProefOpties) => Promise<PdokProef>;
  /** The identity provider's answer this page was opened with (`neemOidcAntwoord`), to finish the sign-in. */
  oidcAntwoord?: URLSearchParams | null;
}

interface WerkvlakProps {
  Kaart: ComponentType<MapViewProps>;
  probeerPdok: AppProps['probeerPdok'];
}

/**
 * Every feature's hook (the `ui.tsx` of each folder in src/kenmerken/), in register order, every render: the list is fixed at build time,
 * so the hooks are called in the same order each time, as React requires.
 */
function useKenmerken(invoer: Parameters<NonNullable<(typeof KENMERK_UI)[number]['useKenmerk']>>[0]) {
  return KENMERK_UI.map((k): KenmerkUitvoer => k.useKenmerk?.(invoer) ?? GEEN_UITVOER);
}
const GEEN_UITVOER: KenmerkUitvoer = { lagen: [] };

type KaartParen = readonly (readonly [string, unknown])[];

function zelfdeParen(a: KaartParen, b: KaartParen): boolean {
  return (
    a.length === b.length && a.every(([sleutel, waarde], i) => b[i]?.[0] === sleutel && b[i]?.[1] === waarde)
  );
}

/**
 * The features' map data in one object, the same object while every value in it is the same: the map rebuilds its
 * layers when it changes. Kept as state from the previous render (React's pattern for derived state).
 */
function useKaartData(uitvoer: readonly KenmerkUitvoer[]): KaartData {
  const paren: KaartParen = uitvoer.flatMap((u) => Object.entries(u.kaart ?? {}));
  const [vorige, setVorige] = useState(() => ({ paren, data: Object.fromEntries(paren) as KaartData }));
  if (zelfdeParen(vorige.paren, paren)) return vorige.data;
  const nieuw = { paren, data: Object.fromEntries(paren) as KaartData };
  setVorige(nieuw);
  return nieuw.data;
}

/** Runs `doe` once the next frame has been painted (at once where there are no animation frames, as in jsdom). */
function naHetVolgendeBeeld(doe: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    doe();
    return;
  }
  requestAnimationFrame(() => setTimeout(doe, 0));
}

/** Where the map flies for a row chosen in a table: the PC4 area outlined, or the symbol at street level. */
function doelVoorGroep(groep: Symboolgroep<unknown>): NieuwDoel {
  const plaats = groep.soort === 'pc4' ? zoekindex().pc4.get(groep.code) : undefined;
  // A little wider than the search zooms: the neighbouring areas stay in view for comparison.
  const doel = plaats ? doelVoorPlaats(plaats) : null;
  if (doel?.soort === 'gebied') return { ...doel, zoom: doel.zoom - 0.75 };
  return { soort: 'kader', kader: [groep.positie, groep.positie], maxZoom: 15, markeer: null };
}

function Werkvlak({ Kaart, probeerPdok }: WerkvlakProps) {
  const sessie = useSessie();
  const rol = sessie.gebruiker.rol;
  // A selection belongs to one session: another role has other symbols. The map itself stays mounted.
  // So does an error: a panel that failed for a rejected or ended session tries again for the new one.
  const sessieSleutel = sessie.token ?? 'publiek';
  const url = useUrlStaat(rol, sessieSleutel);
  const { staat, aan, zet } = url;
  const geselecteerd = staat.selectie;
  /** Where the last selection came from: only a click on the map moves focus to the details. */
  const [herkomst, setHerkomst] = useState<'kaart' | 'tabel' | 'link'>('link');
  const [blad, setBlad] = useState<BladStand>('dicht');
  const telefoon = useSmalScherm();
  const kies = useCallback(
    (sleutel: string | null, van: 'kaart' | 'tabel' = 'kaart') => {
      setHerkomst(van);
      zet({ selectie: sleutel });
      // On a phone a choice opens the sheet halfway: the details show, and so does the map above them (a row chosen
      // in the expanded sheet brings the map back into view, to show where it is).
      if (sleutel !== null)
        setBlad((oud) => (oud === 'dicht' || (van === 'tabel' && oud === 'open') ? 'half' : oud));
    },
    [zet],
  );
  const lijst = useSymboolgroepen();
  const zetFilters = useCallback((filters: Filters) => zet({ filters }), [zet]);
  // The filters narrow what the map and the tables show; the details of a selected symbol stay complete.
  const weergave = useMemo(
    () => (lijst.status === 'ok' ? filterGroepen(lijst.data.groepen, staat.filters) : null),
    [lijst, staat.filters],
  );

  // The filter offers only the woonvormen the role's data holds, whatever the filters leave.
  const woonvormen = useMemo(
    () => (lijst.status === 'ok' ? woonvormenIn(lijst.data.groepen.groepen) : null),
    [lijst],
  );

  // A selection from a link that this role's data does not have (another role's link, an old link): open nothing.
  useEffect(() => {
    if (lijst.status !== 'ok' || geselecteerd === null || herkomst !== 'link') return;
    const voorziening = datalaag('voorzieningen').selectie[rol] ?? [];
    if (!voorziening.some((p) => geselecteerd.startsWith(p))) return;
    if (!lijst.data.groepen.groepen.some((g) => g.sleutel === geselecteerd)) zet({ selectie: null });
  }, [lijst, geselecteerd, herkomst, rol, zet]);

  // Every feature's data for the map and its layers for the layer control and the notices on the map.
  const kenmerken = useKenmerken({ rol, lagenAan: aan, filters: staat.filters, weergave });
  const datalagen = kenmerken.flatMap((k) => k.lagen);
  const kaartData = useKaartData(kenmerken);
  const zetLaag = useCallback(
    (id: DatalaagId, nuAan: boolean) => {
      // One area layer at a time (datalagen.ts): switching one on switches the other area layers off.
      const lagen = new Set(wisselLaag([...aan], id, nuAan));
      zet({
        lagen: lagenVoorRol(rol).flatMap((l) => (lagen.has(l.id as DatalaagId) ? [l.id as DatalaagId] : [])),
      });
    },
    [aan, rol, zet],
  );

  const { instellingen, zet: zetInstelling } = useKaartInstellingen();
  const achtergrond = useAchtergrond(instellingen.achtergrond, probeerPdok);
  const { probeerOpnieuw } = achtergrond;
  const kiesAchtergrond = useCallback(
    (keuze: Achtergrond) => {
      zetInstelling({ achtergrond: keuze });
      // Choosing PDOK (again) always probes anew: it may be back, or the earlier answer may be stale.
      if (keuze === 'pdok') probeerOpnieuw();
    },
    [zetInstelling, probeerOpnieuw],
  );
  const [beginBeeld] = useState(() => staat.beeld);
  const [doel, setDoel] = useState<KaartDoel | null>(null);
  const doelTeller = useRef(0);
  const gaNaar = useCallback((nieuw: NieuwDoel) => {
    doelTeller.current += 1;
    setDoel({ ...nieuw, id: doelTeller.current });
  }, []);
  const staatOpKaart = useCallback(
    (sleutel: string) => weergave?.groepen.some((g) => g.sleutel === sleutel) ?? false,
    [weergave],
  );
  const kiesUitTabel = useCallback(
    (sleutel: string) => {
      kies(sleutel, 'tabel');
      const groep =
        lijst.status === 'ok' ? lijst.data.groepen.groepen.find((g) => g.sleutel === sleutel) : undefined;
      // The row, the details and the ring answer the click in the next frame; the flight to the row's place starts
      // after that frame is on screen. Started in the same frame, its first step (a moving map, redrawn with every
      // layer) delayed that answer by a whole software-rendered frame.
      if (groep) naHetVolgendeBeeld(() => gaNaar(doelVoorGroep(groep)));
    },
    [kies, lijst, gaNaar],
  );

  const deelProps: ZijpaneelDeelProps = {
    geselecteerd,
    onSelecteer: kies,
    lagenAan: aan,
    filters: staat.filters,
    zetFilters,
    onDoel: gaNaar,
  };
  const gekozenTitel =
    geselecteerd && lijst.status === 'ok'
      ? lijst.data.groepen.groepen.find((g) => g.sleutel === geselecteerd)
      : undefined;
  const andereGekozen =
    geselecteerd === null ? undefined : kenmerken.map((k) => k.naamVan?.(geselecteerd)).find(Boolean);
  const detail = KENMERK_UI.find((k) => k.detail?.hoort(geselecteerd))?.detail;

  return (
    <main className="werkvlak" id="inhoud">
      <section className="kaartvlak" aria-label="Kaart">
        <div className="kaartvlak__gereedschap">
          <ZoekVeld onDoel={gaNaar} onSelecteer={kies} staatOpKaart={staatOpKaart} />
          {/* Past the map's controls to the table twin in one key press (WCAG 2.4.1). */}
          <a
            className="overslaan overslaan--binnen"
            href={`#${TABEL_ANKER}`}
            onClick={(e) => {
              // On a phone the table sits in the bottom sheet: open it first, then move the focus once it shows.
              e.preventDefault();
              if (blad === 'dicht') setBlad('half');
              requestAnimationFrame(() => document.getElementById(TABEL_ANKER)?.focus());
            }}
          >
            Naar de tabel van de kaart
          </a>
          <Kaartlagen
            gewenst={instellingen.achtergrond}
            status={achtergrond.status}
            postcodegebieden={instellingen.postcodegebieden}
            onAchtergrond={kiesAchtergrond}
            onPostcodegebieden={(nuAan) => zetInstelling({ postcodegebieden: nuAan })}
            datalagen={datalagen}
            onLaag={zetLaag}
            filters={
              <FiltersPaneel
                rol={rol}
                filters={staat.filters}
                onFilters={zetFilters}
                woonvormen={woonvormen}
                aantal={
                  weergave && lijst.status === 'ok'
                    ? {
                        getoond: aantalVoorzieningen(weergave.groepen),
                        totaal: aantalVoorzieningen(lijst.data.groepen.groepen),
                      }
                    : null
                }
              />
            }
          />
        </div>
        <div className="kaartvlak__kaart">
          <PanelFoutGrens titel="Kaart" herstelSleutel={sessieSleutel}>
            <Suspense fallback={<p className="kaartvlak__status">Kaart laden…</p>}>
              <Kaart
                rol={rol}
                weergave={weergave}
                geselecteerd={geselecteerd}
                onSelecteer={kies}
                achtergrond={achtergrond.getoond}
                postcodegebieden={instellingen.postcodegebieden}
                doel={doel}
                beginBeeld={beginBeeld}
                onAchtergrondFout={achtergrond.meldKaartFout}
                lagenAan={aan}
                filters={staat.filters}
                extra={kaartData}
                onBeeld={url.zetBeeld}
                onderBedekt={telefoon && blad === 'half' ? 0.5 : 0}
              />
            </Suspense>
          </PanelFoutGrens>
          <LaagMeldingen lagen={datalagen} />
        </div>
      </section>
      <Zijpaneel
        stand={blad}
        onStand={setBlad}
        samenvatting={`${ROL_LABEL[rol]} · ${gekozenTitel ? groepTitel(gekozenTitel, { buurtNaam }) : (andereGekozen ?? 'niets gekozen')}`}
      >
        {/* Details first: on a phone the half-open sheet shows what was chosen, then the general explanation. */}
        <PanelFoutGrens titel="Details" herstelSleutel={`${sessieSleutel}|${geselecteerd ?? ''}`}>
          {detail ? (
            <detail.Deel {...deelProps} onWis={() => kies(null)} />
          ) : (
            <DetailPanel
              geselecteerd={geselecteerd}
              onWis={() => kies(null)}
              verplaatsFocus={herkomst === 'kaart'}
            />
          )}
        </PanelFoutGrens>
        <WeergaveUitleg />
        <MonitorLink />
        {KENMERK_UI.flatMap((k) => k.delen ?? [])
          .filter(
            ({ laag, rollen }) => (laag === undefined || aan.has(laag)) && (rollen?.includes(rol) ?? true),
          )
          .map(({ titel, Deel }) => (
            <PanelFoutGrens key={titel} titel={titel} herstelSleutel={sessieSleutel}>
              <Suspense fallback={<p className="zijpaneel__laden">{titel} laden…</p>}>
                <Deel {...deelProps} />
              </Suspense>
            </PanelFoutGrens>
          ))}
        <PanelFoutGrens titel="Tabel" herstelSleutel={sessieSleutel}>
          <VoorzieningenTabelPaneel
            groepen={weergave}
            fout={lijst.status === 'fout' ? lijst.fout : null}
            aan={aan.has('voorzieningen')}
            geselecteerd={geselecteerd}
            onSelecteer={kiesUitTabel}
          />
        </PanelFoutGrens>
        <PanelFoutGrens titel="Legenda" herstelSleutel={sessieSleutel}>
          <Legenda filters={staat.filters} />
        </PanelFoutGrens>
      </Zijpaneel>
    </main>
  );
}

function Scherm({ Kaart, probeerPdok, oidcAntwoord }: WerkvlakProps & Pick<AppProps, 'oidcAntwoord'>) {
  const opslag = useSessieOpslag();
  const { melding } = useSessieToestand();
  const meta = useMeta();
  const [inloggenOpen, setInloggenOpen] = useState(false);
  const inloggenId = useId();
  const inloggenKnopRef = useRef<HTMLButtonElement>(null);
  const sluitInloggen = () => {
    setInloggenOpen(false);
    // The button that opened the panel may have been replaced (signed in: "Andere rol"); it keeps its ref.
    queueMicrotask(() => inloggenKnopRef.current?.focus());
  };

  // Back from the identity provider: exchange the code for a token. The OIDC code loads only here and on its button.
  useEffect(() => {
    if (!oidcAntwoord) return;
    import('../api/oidc')
      .then(({ voltooiOidc }) => voltooiOidc(opslag, oidcAntwoord))
      .catch((fout: unknown) => {
        console.error(fout);
        opslag.logUit('Inloggen is niet gelukt: de app kon het inloggen niet afronden. Probeer het opnieuw.');
      });
  }, [opslag, oidcAntwoord]);

  // A token from an earlier visit may have expired or been revoked; ask once per start.
  useEffect(() => {
    const controller = new AbortController();
    void opslag.controleer(controller.signal);
    return () => controller.abort();
  }, [opslag]);

  const weergave = useWeergave();
  const inBrowser =
    import.meta.env.VITE_API_MODUS === 'service-worker' ||
    (meta.status === 'ok' && meta.data.modus === 'service-worker');

  return (
    <div className="app">
      {weergave === 'monitor' ? (
        <a className="overslaan" href="#monitor-titel">
          Naar de monitor
        </a>
      ) : (
        <a className="overslaan" href="#zijpaneel">
          Naar de details en de tabel
        </a>
      )}
      <Kop
        inloggenOpen={inloggenOpen}
        onInloggen={() => setInloggenOpen((open) => !open)}
        inloggenId={inloggenId}
        inloggenKnopRef={inloggenKnopRef}
      />
      {inBrowser ? (
        <p className="waarschuwing" role="note">
          <strong>Statische demo:</strong> de API draait in je browser. Niet geschikt voor vertrouwelijke
          gegevens.
        </p>
      ) : null}
      {melding ? (
        <p className="melding" role="status">
          {melding}
        </p>
      ) : null}
      <div id={inloggenId} className="inloggen-laag" hidden={!inloggenOpen}>
        {inloggenOpen ? <InloggenPaneel onKlaar={sluitInloggen} /> : null}
      </div>
      {weergave === 'monitor' ? (
        <PanelFoutGrens titel="Monitor">
          <Suspense fallback={<p className="monitor__laden">Monitor laden…</p>}>
            <LuieMonitor />
          </Suspense>
        </PanelFoutGrens>
      ) : (
        <Werkvlak Kaart={Kaart} probeerPdok={probeerPdok} />
      )}
    </div>
  );
}

export function App({ Kaart = LuieKaart, sessieOpslag, probeerPdok, oidcAntwoord }: AppProps) {
  const [opslag] = useState(() => sessieOpslag ?? maakSessieOpslag());
  return (
    <SessieProvider opslag={opslag}>
      <Scherm Kaart={Kaart} probeerPdok={probeerPdok} oidcAntwoord={oidcAntwoord} />
    </SessieProvider>
  );
}
