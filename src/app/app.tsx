/** The application shell: header, demo warnings, sign-in, and the map with its side panel; features meet only here. */
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { useMeta } from '../api/meta';
import {
  maakSessieOpslag,
  useSessie,
  useSessieOpslag,
  useSessieToestand,
  type SessieOpslag,
} from '../api/sessie';
import { useSymboolgroepen } from '../api/voorzieningen';
import type { Achtergrond } from '../map/basemap-style';
import type { KaartDoel, NieuwDoel } from '../map/kaart-doel';
import type { MapViewProps } from '../map/map-view';
import type { PdokProef, PdokProefOpties } from '../map/pdok';
import { DetailPanel } from '../panels/detail-panel';
import { InloggenPaneel } from '../panels/inloggen-paneel';
import { Kaartlagen } from '../panels/kaartlagen';
import { Legenda } from '../panels/legenda';
import { PanelFoutGrens } from '../panels/panel-fout-grens';
import { VoorzieningenLijst } from '../panels/voorzieningen-lijst';
import { WeergaveUitleg } from '../panels/weergave-uitleg';
import { ZoekVeld } from '../panels/zoek-veld';
import { leesBeeld } from './kaart-instellingen';
import { Kop } from './kop';
import { SessieProvider } from './sessie-provider';
import { useAchtergrond, useKaartInstellingen } from './use-kaart-instellingen';

// Loaded on demand: maplibre and deck.gl are most of the JavaScript, and the header and panels should not wait.
const LuieKaart = lazy(() => import('../map/map-view').then((m) => ({ default: m.MapView })));

export interface AppProps {
  /** The map component; tests pass a stand-in, because jsdom has no WebGL. */
  Kaart?: ComponentType<MapViewProps>;
  sessieOpslag?: SessieOpslag;
  /** Probes PDOK; tests pass their own, so nothing leaves the test. */
  probeerPdok?: (opties: PdokProefOpties) => Promise<PdokProef>;
}

interface WerkvlakProps {
  Kaart: ComponentType<MapViewProps>;
  probeerPdok: AppProps['probeerPdok'];
}

function Werkvlak({ Kaart, probeerPdok }: WerkvlakProps) {
  const sessie = useSessie();
  // A selection belongs to one session: another role has other symbols. The map itself stays mounted.
  // So does an error: a panel that failed for a rejected or ended session tries again for the new one.
  const sessieSleutel = sessie.token ?? 'publiek';
  const [selectie, setSelectie] = useState<{ voor: string; sleutel: string } | null>(null);
  const geselecteerd = selectie?.voor === sessieSleutel ? selectie.sleutel : null;
  const setGeselecteerd = (sleutel: string | null) =>
    setSelectie(sleutel === null ? null : { voor: sessieSleutel, sleutel });
  const lijst = useSymboolgroepen();
  const weergave = lijst.status === 'ok' ? lijst.data.groepen : null;

  const { instellingen, zet } = useKaartInstellingen();
  const achtergrond = useAchtergrond(instellingen.achtergrond, probeerPdok);
  const { probeerOpnieuw } = achtergrond;
  const kiesAchtergrond = useCallback(
    (keuze: Achtergrond) => {
      zet({ achtergrond: keuze });
      // Choosing PDOK (again) always probes anew: it may be back, or the earlier answer may be stale.
      if (keuze === 'pdok') probeerOpnieuw();
    },
    [zet, probeerOpnieuw],
  );
  const [beginBeeld] = useState(() => leesBeeld(globalThis.location?.search ?? ''));
  const [doel, setDoel] = useState<KaartDoel | null>(null);
  const doelTeller = useRef(0);
  const gaNaar = useCallback((nieuw: NieuwDoel) => {
    doelTeller.current += 1;
    setDoel({ ...nieuw, id: doelTeller.current });
  }, []);

  return (
    <main className="werkvlak" id="inhoud">
      <section className="kaartvlak" aria-label="Kaart">
        <div className="kaartvlak__gereedschap">
          <ZoekVeld onDoel={gaNaar} onSelecteer={setGeselecteerd} />
          <Kaartlagen
            gewenst={instellingen.achtergrond}
            status={achtergrond.status}
            postcodegebieden={instellingen.postcodegebieden}
            onAchtergrond={kiesAchtergrond}
            onPostcodegebieden={(aan) => zet({ postcodegebieden: aan })}
          />
        </div>
        <div className="kaartvlak__kaart">
          <PanelFoutGrens titel="Kaart" herstelSleutel={sessieSleutel}>
            <Suspense fallback={<p className="kaartvlak__status">Kaart laden…</p>}>
              <Kaart
                weergave={weergave}
                geselecteerd={geselecteerd}
                onSelecteer={setGeselecteerd}
                achtergrond={achtergrond.getoond}
                postcodegebieden={instellingen.postcodegebieden}
                doel={doel}
                beginBeeld={beginBeeld}
                onAchtergrondFout={achtergrond.meldKaartFout}
              />
            </Suspense>
          </PanelFoutGrens>
          {lijst.status === 'laden' ? (
            <p className="kaartvlak__status" role="status">
              Voorzieningen laden…
            </p>
          ) : null}
          {lijst.status === 'fout' ? (
            <p className="kaartvlak__status kaartvlak__status--fout">
              De voorzieningen konden niet worden geladen; zie de melding bij de lijst.
            </p>
          ) : null}
        </div>
      </section>
      {/* A region, not an aside: the details are main content, and a complementary landmark must not sit inside main. */}
      <section className="zijpaneel" id="zijpaneel" aria-label="Informatie bij de kaart" tabIndex={-1}>
        <WeergaveUitleg />
        <PanelFoutGrens titel="Details" herstelSleutel={`${sessieSleutel}|${geselecteerd ?? ''}`}>
          <DetailPanel geselecteerd={geselecteerd} onWis={() => setGeselecteerd(null)} />
        </PanelFoutGrens>
        <PanelFoutGrens titel="Legenda" herstelSleutel={sessieSleutel}>
          <Legenda />
        </PanelFoutGrens>
        <PanelFoutGrens titel="Lijst" herstelSleutel={sessieSleutel}>
          <VoorzieningenLijst geselecteerd={geselecteerd} onSelecteer={setGeselecteerd} />
        </PanelFoutGrens>
      </section>
    </main>
  );
}

function Scherm({ Kaart, probeerPdok }: WerkvlakProps) {
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

  // A token from an earlier visit may have expired or been revoked; ask once per start.
  useEffect(() => {
    const controller = new AbortController();
    void opslag.controleer(controller.signal);
    return () => controller.abort();
  }, [opslag]);

  const inBrowser =
    import.meta.env.VITE_API_MODUS === 'service-worker' ||
    (meta.status === 'ok' && meta.data.modus === 'service-worker');

  return (
    <div className="app">
      <a className="overslaan" href="#zijpaneel">
        Naar de details en de lijst
      </a>
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
      <div id={inloggenId} hidden={!inloggenOpen}>
        {inloggenOpen ? <InloggenPaneel onKlaar={sluitInloggen} /> : null}
      </div>
      <Werkvlak Kaart={Kaart} probeerPdok={probeerPdok} />
    </div>
  );
}

export function App({ Kaart = LuieKaart, sessieOpslag, probeerPdok }: AppProps) {
  const [opslag] = useState(() => sessieOpslag ?? maakSessieOpslag());
  return (
    <SessieProvider opslag={opslag}>
      <Scherm Kaart={Kaart} probeerPdok={probeerPdok} />
    </SessieProvider>
  );
}
