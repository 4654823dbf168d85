/** The application shell: header, demo warnings, sign-in, and the map with its side panel; features meet only here. */
import { lazy, Suspense, useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { useMeta } from '../api/meta';
import {
  maakSessieOpslag,
  useSessie,
  useSessieOpslag,
  useSessieToestand,
  type SessieOpslag,
} from '../api/sessie';
import { useSymboolgroepen } from '../api/voorzieningen';
import type { MapViewProps } from '../map/map-view';
import { DetailPanel } from '../panels/detail-panel';
import { InloggenPaneel } from '../panels/inloggen-paneel';
import { Legenda } from '../panels/legenda';
import { PanelFoutGrens } from '../panels/panel-fout-grens';
import { VoorzieningenLijst } from '../panels/voorzieningen-lijst';
import { WeergaveUitleg } from '../panels/weergave-uitleg';
import { Kop } from './kop';
import { SessieProvider } from './sessie-provider';

// Loaded on demand: maplibre and deck.gl are most of the JavaScript, and the header and panels should not wait.
const LuieKaart = lazy(() => import('../map/map-view').then((m) => ({ default: m.MapView })));

export interface AppProps {
  /** The map component; tests pass a stand-in, because jsdom has no WebGL. */
  Kaart?: ComponentType<MapViewProps>;
  sessieOpslag?: SessieOpslag;
}

function Werkvlak({ Kaart }: { Kaart: ComponentType<MapViewProps> }) {
  const sessie = useSessie();
  // A selection belongs to one session: another role has other symbols. The map itself stays mounted.
  const sessieSleutel = sessie.token ?? 'publiek';
  const [selectie, setSelectie] = useState<{ voor: string; sleutel: string } | null>(null);
  const geselecteerd = selectie?.voor === sessieSleutel ? selectie.sleutel : null;
  const setGeselecteerd = (sleutel: string | null) =>
    setSelectie(sleutel === null ? null : { voor: sessieSleutel, sleutel });
  const lijst = useSymboolgroepen();
  const weergave = lijst.status === 'ok' ? lijst.data.groepen : null;

  return (
    <main className="werkvlak" id="inhoud">
      <section className="kaartvlak" aria-label="Kaart">
        <PanelFoutGrens titel="Kaart">
          <Suspense fallback={<p className="kaartvlak__status">Kaart laden…</p>}>
            <Kaart weergave={weergave} geselecteerd={geselecteerd} onSelecteer={setGeselecteerd} />
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
      </section>
      {/* A region, not an aside: the details are main content, and a complementary landmark must not sit inside main. */}
      <section className="zijpaneel" id="zijpaneel" aria-label="Informatie bij de kaart" tabIndex={-1}>
        <WeergaveUitleg />
        <PanelFoutGrens titel="Details" herstelSleutel={geselecteerd}>
          <DetailPanel geselecteerd={geselecteerd} onWis={() => setGeselecteerd(null)} />
        </PanelFoutGrens>
        <PanelFoutGrens titel="Legenda">
          <Legenda />
        </PanelFoutGrens>
        <PanelFoutGrens titel="Lijst">
          <VoorzieningenLijst geselecteerd={geselecteerd} onSelecteer={setGeselecteerd} />
        </PanelFoutGrens>
      </section>
    </main>
  );
}

function Scherm({ Kaart }: { Kaart: ComponentType<MapViewProps> }) {
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
      <Werkvlak Kaart={Kaart} />
    </div>
  );
}

export function App({ Kaart = LuieKaart, sessieOpslag }: AppProps) {
  const [opslag] = useState(() => sessieOpslag ?? maakSessieOpslag());
  return (
    <SessieProvider opslag={opslag}>
      <Scherm Kaart={Kaart} />
    </SessieProvider>
  );
}
