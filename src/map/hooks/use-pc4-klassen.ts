/**
 * Publiek's choropleth: the class of each PC4 area as feature state on our own tiles, so the tiles stay as they are and
 * only a few numbers change when the data does.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, type RefObject } from 'react';
import { pc4Tellingen } from '../../domain/pc4-aantallen';
import { BRON } from '../basemap-style';
import type { KaartWeergave } from '../laag-groep';
import type { Wijzigingen } from './use-tekenaar';

export function usePc4Klassen(
  kaartRef: RefObject<MapLibreMap | null>,
  weergave: KaartWeergave | null,
  { wijzig }: Wijzigingen,
): void {
  const klassen = useMemo(
    () =>
      weergave?.rol === 'publiek'
        ? pc4Tellingen(weergave.groepen).map((t) => [t.pc4, t.klasse] as const)
        : [],
    [weergave],
  );
  useEffect(() => {
    const map = kaartRef.current;
    if (!map) return;
    const zet = () => {
      if (!map.getSource(BRON)) return;
      for (const [code, klasse] of klassen) {
        map.setFeatureState({ source: BRON, sourceLayer: 'pc4', id: code }, { klasse });
      }
    };
    // As soon as the style has its source, before the tiles come: set later, the map draws every tile again.
    const zodraBron = () => {
      if (!map.getSource(BRON)) return;
      map.off('styledata', zodraBron);
      zet();
    };
    if (map.getSource(BRON)) zet();
    else map.on('styledata', zodraBron);
    wijzig();
    return () => {
      map.off('styledata', zodraBron);
      // eslint-disable-next-line react-hooks/exhaustive-deps -- the ref's value now, on purpose: is this map still the map?
      if (kaartRef.current !== map || !map.getSource(BRON)) return;
      for (const [code] of klassen) {
        map.removeFeatureState({ source: BRON, sourceLayer: 'pc4', id: code }, 'klasse');
      }
    };
  }, [kaartRef, klassen, wijzig]);
}
