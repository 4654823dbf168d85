/**
 * The role's renderer (tekenaar.ts): maplibre's layers for publiek at once, deck.gl beside them fetched when a
 * signed-in role needs it; every change of the layer context handed to it; and the moment the role's data is first
 * on screen with the map idle, the moment the bench calls "usable" (prestatie.ts), also given to the browser tests'
 * observer (kaart-toestand.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { LonLat, Rol } from '../../contract/common';
import { begin, kaartGetekend } from '../../meting/prestatie';
import { RGW_DATA } from '../../kenmerken/rgw/laag';
import { laadDeckTekenaar, naGetekendBeeld } from '../deck-laden';
import { meldKaart } from '../kaart-toestand';
import type { LaagContext } from '../laag-groep';
import { maakMaplibreTekenaar } from '../maplibre-tekenaar';
import type { MaakTekenaar, Tekenaar, TekenaarSoort } from '../tekenaar';

/** Renderers draw asynchronously after new props; the map counts as settled this long after the last change. */
const RUST_MS = 200;

export interface Wijzigingen {
  /** The app changed what the map shows (data, style, view): the browser tests wait for the map to settle again. */
  wijzig(): void;
}

export interface TekenaarBediening extends Wijzigingen {
  /** The basemap style was changed with a diff: the renderer sets its layers' state again. */
  stijlGewijzigd(): void;
}

export function useTekenaar(
  kaartRef: RefObject<MapLibreMap | null>,
  containerRef: RefObject<HTMLDivElement | null>,
  opties: {
    readonly soort: TekenaarSoort;
    readonly ctx: LaagContext;
    readonly zoekPunt: Readonly<LonLat> | null;
    readonly onSelecteer: (sleutel: string | null) => void;
    readonly meldFout: (fout: string) => void;
  },
): TekenaarBediening {
  const { soort, ctx, zoekPunt } = opties;
  const tekenaarRef = useRef<{ soort: TekenaarSoort; tekenaar: Tekenaar } | null>(null);
  /** Whether this map has had a renderer: from then on a new one (a role switch) waits for the header's frame. */
  const tekenaarGehadRef = useRef(false);
  /** Bumped when a renderer is ready, so it draws the current state. */
  const [versie, setVersie] = useState(0);
  /** The role whose data was handed to the renderer and is waiting to be seen drawn. */
  const wachtOpTekeningRef = useRef<Rol | null>(null);
  const ctxRef = useRef(ctx);
  const optiesRef = useRef(opties);
  /** When the app last changed what the map shows, and how many times so far. */
  const wijziging = useRef({ laatste: 0, aantal: 0 });
  const [wijzigingen] = useState<Wijzigingen>(() => ({
    wijzig() {
      wijziging.current.laatste = performance.now();
      wijziging.current.aantal += 1;
    },
  }));
  useEffect(() => {
    ctxRef.current = ctx;
    optiesRef.current = opties;
  });

  /** Reports the role's data as drawn once the renderer has drawn it and the map is idle. */
  function meldTekening(): void {
    const rol = wachtOpTekeningRef.current;
    const map = kaartRef.current;
    const tekenaar = tekenaarRef.current?.tekenaar;
    if (rol === null || !map || !tekenaar || !map.loaded() || map.isMoving() || !tekenaar.bijgewerkt())
      return;
    wachtOpTekeningRef.current = null;
    kaartGetekend(rol);
  }
  const meldTekeningRef = useRef(meldTekening);
  useEffect(() => {
    meldTekeningRef.current = meldTekening;
  });

  // The map's 'idle' (the moment the bench also takes for the bare maplibre page) and the tests' observer.
  useEffect(() => {
    const map = kaartRef.current;
    if (!map) return;
    const idle = () => meldTekeningRef.current();
    map.on('idle', idle);
    meldKaart({
      map,
      isIdle: () =>
        map.loaded() &&
        !map.isMoving() &&
        ctxRef.current.weergave !== null &&
        (tekenaarRef.current?.tekenaar.bijgewerkt() ?? false) &&
        performance.now() - wijziging.current.laatste > RUST_MS,
      aantalObjecten: () => ctxRef.current.weergave?.groepen.length ?? 0,
      wijzigingen: () => wijziging.current.aantal,
      rgwNiveau() {
        const rgw = RGW_DATA.van(ctxRef.current.extra);
        return ctxRef.current.aan('rgw-dichtheid') && rgw ? rgw.niveau : null;
      },
    });
    return () => {
      meldKaart(null);
      map.off('idle', idle);
    };
  }, [kaartRef]);

  useEffect(() => {
    const map = kaartRef.current;
    const container = containerRef.current;
    if (!map || !container) return;
    let geldig = true;
    let annuleer = () => {};
    const laad: Promise<MaakTekenaar> =
      soort === 'maplibre' ? Promise.resolve(maakMaplibreTekenaar) : laadDeckTekenaar();
    const maakMet = (maak: MaakTekenaar) => {
      if (!geldig || kaartRef.current !== map) return;
      const tekenaar = maak({
        map,
        container,
        ctx: () => ctxRef.current,
        selecteer: (sleutel) => {
          begin('selectie');
          optiesRef.current.onSelecteer(sleutel);
        },
        getekend: () => {
          wijzigingen.wijzig();
          meldTekeningRef.current();
        },
      });
      tekenaarRef.current = { soort, tekenaar };
      tekenaarGehadRef.current = true;
      setVersie((v) => v + 1);
    };
    laad.then(
      (maak) => {
        if (soort === 'maplibre') {
          maakMet(maak);
          return;
        }
        // deck.gl's first draw compiles its shaders, which without a GPU holds the main thread for a second or more:
        // after a role switch only once the frame that shows the new role (the header, the panels) has been painted.
        // The map's first renderer (a page load) is made at once: the page has nothing else to show first, and each
        // frame waited would be drawn again with deck.gl's layers.
        if (tekenaarGehadRef.current) annuleer = naGetekendBeeld(() => maakMet(maak));
        else maakMet(maak);
      },
      (oorzaak: unknown) => {
        if (!geldig) return;
        optiesRef.current.meldFout(
          `De kaartlagen konden niet worden geladen (${oorzaak instanceof Error ? oorzaak.message : String(oorzaak)}). Laad de pagina opnieuw; de lijst naast de kaart werkt wel.`,
        );
      },
    );
    return () => {
      geldig = false;
      annuleer();
      if (tekenaarRef.current?.soort === soort) {
        // A removed map took the renderer's layers and controls with it.
        // eslint-disable-next-line react-hooks/exhaustive-deps -- the ref's value now, on purpose: is this map still the map?
        if (kaartRef.current === map) tekenaarRef.current.tekenaar.verwijder();
        tekenaarRef.current = null;
      }
    };
  }, [kaartRef, containerRef, soort, wijzigingen]);

  useEffect(() => {
    const tekenaar = tekenaarRef.current?.tekenaar;
    if (!tekenaar) return;
    wijzigingen.wijzig();
    tekenaar.werkBij({ ctx, zoekPunt });
    // Usable: the facilities and, when that layer is on, the RGW answer are on the map.
    if (ctx.weergave && (!ctx.aan('rgw-dichtheid') || RGW_DATA.van(ctx.extra))) {
      wachtOpTekeningRef.current = ctx.weergave.rol;
    }
  }, [ctx, zoekPunt, versie, wijzigingen]);

  return {
    wijzig: wijzigingen.wijzig,
    stijlGewijzigd: () => tekenaarRef.current?.tekenaar.stijlGewijzigd(),
  };
}
