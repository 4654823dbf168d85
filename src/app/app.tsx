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
import type { Rol } from '../contract/common';
import { aantalVoorzieningen, filterGroepen } from '../domain/filters';
import { leesRgwSleutel } from '../domain/rgw-tabel';
import { RECHTEN, ROL_LABEL } from '../domain/roles';
import { groepTitel, type Symboolgroep } from '../domain/symboolgroepen';
import { zoekindex } from '../geo/zoekindex';
import type { Achtergrond } from '../map/basemap-style';
import { doelVoorPlaats, type KaartDoel, type NieuwDoel } from '../map/kaart-doel';
import type { ExtraLaagData, MapViewProps } from '../map/map-view';
import type { PdokProef, PdokProefOpties } from '../map/pdok';
import { buurtNaam } from '../panels/buurt-naam';
import { DetailPanel } from '../panels/detail-panel';
import { InloggenPaneel } from '../panels/inloggen-paneel';
import { Kaartlagen } from '../panels/kaartlagen';
import { LaagMeldingen } from '../panels/laag-meldingen';
import type { LaagToestand } from '../panels/laag-toestand';
import { Legenda } from '../panels/legenda';
import { PanelFoutGrens } from '../panels/panel-fout-grens';
import { DEKKING_LAAG_ID, dekkingNiveau, useDekking, useDekkingLagen } from '../panels/dekking-staat';
import { FiltersPaneel } from '../panels/filters-paneel';
import {
  useWijkprofielKaart,
  useWijkprofielLagen,
  WIJKPROFIEL_LAAG_ID,
  wijkprofielIndex,
} from '../panels/wijkprofiel-staat';
import { RgwDetail, RgwPaneel } from '../panels/rgw-paneel';
import { RGW_LAAG_ID, useRgwKaart, useRgwLaag } from '../panels/rgw-staat';
import { TABEL_ANKER, VoorzieningenTabelPaneel } from '../panels/voorzieningen-tabel-paneel';
import { WeergaveUitleg } from '../panels/weergave-uitleg';
import { ZoekVeld } from '../panels/zoek-veld';
import { Kop } from './kop';
import { useWeergave } from './weergave';
import { SessieProvider } from './sessie-provider';
import { useAchtergrond, useKaartInstellingen } from './use-kaart-instellingen';
import { useUrlStaat } from './use-url-staat';
import { useVoorzieningenLagen } from './use-voorzieningen-lagen';
import { useSmalScherm, Zijpaneel, type BladStand } from './zijpaneel';

// Loaded on demand: maplibre and deck.gl are most of the JavaScript, and the header and panels should not wait.
const LuieKaart = lazy(() => import('../map/map-view').then((m) => ({ default: m.MapView })));
const LuiDekkingPaneel = lazy(() =>
  import('../panels/dekking-paneel').then((m) => ({ default: m.DekkingPaneel })),
);
const LuiAuditPaneel = lazy(() => import('../panels/audit-paneel').then((m) => ({ default: m.AuditPaneel })));
const LuiIndividueleWoningenPaneel = lazy(() =>
  import('../panels/individuele-woningen-paneel').then((m) => ({ default: m.IndividueleWoningenPaneel })),
);
const LuiImportPaneel = lazy(() =>
  import('../panels/import-paneel').then((m) => ({ default: m.ImportPaneel })),
);
const LuiWijkprofielPaneel = lazy(() =>
  import('../panels/wijkprofiel-paneel').then((m) => ({ default: m.WijkprofielPaneel })),
);
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

/** What every side-panel section of a feature receives: the selection and the layer and filter state. */
export interface ZijpaneelDeelProps {
  geselecteerd: string | null;
  onSelecteer: (sleutel: string | null) => void;
  lagenAan: ReadonlySet<DatalaagId>;
  filters: Filters;
  zetFilters: (filters: Filters) => void;
  /** Fly the map somewhere (a focus-area preset). */
  onDoel: (doel: NieuwDoel) => void;
}

/**
 * Extension point: sections of other features in the side panel (e.g. an RGW panel, the Wijkprofiel), between the
 * details and the tables, each in its own error boundary. One line per feature; a section renders nothing when its
 * layer is off or not the role's.
 */
const EXTRA_DELEN: readonly {
  readonly titel: string;
  readonly Deel: ComponentType<ZijpaneelDeelProps>;
  /** The layer the section belongs to, when it shows only while that layer is on: rendered (and loaded) only then. */
  readonly laag?: DatalaagId;
  /** Shown (and loaded) only for this role. */
  readonly alleenRol?: Rol;
}[] = [
  { titel: 'Rotterdams Goed Wonen', Deel: RgwPaneel },
  // Only the signed-in roles have these layers: their code is fetched when one is switched on, never by publiek.
  { titel: 'Spreiding', Deel: LuiDekkingPaneel, laag: DEKKING_LAAG_ID },
  { titel: 'Wijkprofiel', Deel: LuiWijkprofielPaneel, laag: WIJKPROFIEL_LAAG_ID },
  // The municipality's roles only (the section renders nothing for the others); its counts load when it is opened.
  { titel: 'Individuele woningen', Deel: IndividueleWoningenDeel },
  { titel: 'Audittrail', Deel: AuditDeel },
  // beheer only (the panel renders nothing for other roles); lazy, so no other role downloads it.
  { titel: 'Importeren', Deel: LuiImportPaneel, alleenRol: 'beheer' },
];

/** beheer's audit trail: nothing (and no code fetched) for the other roles. */
/** The individual homes per buurt: only the municipality's roles fetch its code. */
function IndividueleWoningenDeel({ onDoel }: ZijpaneelDeelProps) {
  const { rol } = useSessie().gebruiker;
  return RECHTEN[rol].individueleWoningen ? <LuiIndividueleWoningenPaneel onDoel={onDoel} /> : null;
}

function AuditDeel() {
  const { rol } = useSessie().gebruiker;
  return rol === 'beheer' ? <LuiAuditPaneel /> : null;
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

  // A selection from a link that this role's data does not have (another role's link, an old link): open nothing.
  useEffect(() => {
    if (lijst.status !== 'ok' || geselecteerd === null || herkomst !== 'link') return;
    const voorziening = datalaag('voorzieningen').selectie[rol] ?? [];
    if (!voorziening.some((p) => geselecteerd.startsWith(p))) return;
    if (!lijst.data.groepen.groepen.some((g) => g.sleutel === geselecteerd)) zet({ selectie: null });
  }, [lijst, geselecteerd, herkomst, rol, zet]);

  // The data layers of this role, for the layer control and the notices on the map. Extension point: add the
  // LaagToestand of your layer to this list (from a hook of your own, like useVoorzieningenLagen).
  const datalagen: readonly LaagToestand[] = [
    ...useVoorzieningenLagen(lijst, aan),
    useRgwLaag(staat.filters, aan.has(RGW_LAAG_ID)),
    ...useDekkingLagen(weergave, aan.has(DEKKING_LAAG_ID), dekkingNiveau(staat.filters)),
    ...useWijkprofielLagen(aan.has(WIJKPROFIEL_LAAG_ID)),
  ];
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

  // Extension point: data the other layer groups draw (src/map/laag-groep.ts ExtraLaagData), one field per feature.
  // Keep the object stable (useMemo on its parts): the map rebuilds its layers when it changes.
  const rgwKaart = useRgwKaart(staat.filters, aan.has(RGW_LAAG_ID));
  const { dekking } = useDekking(weergave, aan.has(DEKKING_LAAG_ID), dekkingNiveau(staat.filters));
  const wijkprofiel = useWijkprofielKaart(aan.has(WIJKPROFIEL_LAAG_ID), wijkprofielIndex(staat.filters));
  const kaartExtra = useMemo<ExtraLaagData>(
    () => ({ rgw: rgwKaart, dekking, wijkprofiel }),
    [rgwKaart, dekking, wijkprofiel],
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
  const rgwGekozen = rgwKaart?.rijen.find((r) => r.sleutel === geselecteerd)?.naam;

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
            // Extension point: filter controls (a component per feature) go here.
            filters={
              <FiltersPaneel
                rol={rol}
                filters={staat.filters}
                onFilters={zetFilters}
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
                extra={kaartExtra}
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
        samenvatting={`${ROL_LABEL[rol]} · ${gekozenTitel ? groepTitel(gekozenTitel, { buurtNaam }) : (rgwGekozen ?? 'niets gekozen')}`}
      >
        {/* Details first: on a phone the half-open sheet shows what was chosen, then the general explanation. */}
        <PanelFoutGrens titel="Details" herstelSleutel={`${sessieSleutel}|${geselecteerd ?? ''}`}>
          {leesRgwSleutel(geselecteerd) ? (
            <RgwDetail {...deelProps} onWis={() => kies(null)} />
          ) : (
            <DetailPanel
              geselecteerd={geselecteerd}
              onWis={() => kies(null)}
              verplaatsFocus={herkomst === 'kaart'}
            />
          )}
        </PanelFoutGrens>
        <WeergaveUitleg />
        {EXTRA_DELEN.filter(
          ({ laag, alleenRol }) =>
            (laag === undefined || aan.has(laag)) && (alleenRol === undefined || alleenRol === rol),
        ).map(({ titel, Deel }) => (
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
