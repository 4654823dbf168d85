/**
 * Publiek's renderer: only maplibre's own layers, the shared ones of every role (gedeelde-lagen.ts, kaart-lagen.ts)
 * and the PC4 choropleth of the basemap, so a resident's first visit needs no deck.gl. Clicks and hovers ask maplibre
 * what lies under the pointer (`queryRenderedFeatures`).
 */
import type { MapMouseEvent } from 'maplibre-gl';
import { PC4_VLAK_LAAG } from './basemap-style';
import { maakGedeeldeLagen, pc4GroepenVan } from './gedeelde-lagen';
import type { MaakTekenaar } from './tekenaar';
import { TOOLTIP_STIJL, tooltipPositie } from './tooltip-positie';

export const maakMaplibreTekenaar: MaakTekenaar = ({ map, container, ctx, selecteer, getekend }) => {
  const lagen = maakGedeeldeLagen(map, ctx, getekend);
  const onder = (e: MapMouseEvent) => lagen.onder(e.point);

  /** The PC4 area of the choropleth under the pointer, as a selection key, when it has facilities on the map. */
  function pc4Onder(e: MapMouseEvent): string | null {
    const c = ctx();
    if (!c.aan('pc4-aantallen') || !map.getLayer(PC4_VLAK_LAAG)) return null;
    const [kenmerk] = map.queryRenderedFeatures(e.point, { layers: [PC4_VLAK_LAAG] });
    const sleutel = `pc4:${String(kenmerk?.id ?? kenmerk?.properties.code)}`;
    return pc4GroepenVan(c).some((gr) => gr.sleutel === sleutel) ? sleutel : null;
  }

  const tooltip = document.createElement('div');
  tooltip.className = 'kaart__tooltip';
  tooltip.setAttribute('role', 'tooltip');
  Object.assign(tooltip.style, TOOLTIP_STIJL, {
    position: 'absolute',
    left: '0',
    top: '0',
    pointerEvents: 'none',
    zIndex: '1',
    display: 'none',
    whiteSpace: 'pre-line',
  });
  container.appendChild(tooltip);

  const opKlik = (e: MapMouseEvent) => selecteer(onder(e)?.sleutel ?? pc4Onder(e));
  let wachtendeBeweging: MapMouseEvent | null = null;
  const opBeweging = (e: MapMouseEvent) => {
    // At most one lookup per frame: mousemove fires faster than the screen changes.
    const eerste = wachtendeBeweging === null;
    wachtendeBeweging = e;
    if (!eerste) return;
    requestAnimationFrame(() => {
      const laatsteBeweging = wachtendeBeweging;
      wachtendeBeweging = null;
      if (!laatsteBeweging) return;
      const gevonden = onder(laatsteBeweging);
      map.getCanvas().style.cursor = gevonden ? 'pointer' : '';
      if (!gevonden?.tekst) {
        tooltip.style.display = 'none';
        return;
      }
      tooltip.textContent = gevonden.tekst;
      tooltip.style.display = 'block';
      const [x, y] = tooltipPositie(
        [laatsteBeweging.point.x, laatsteBeweging.point.y],
        { breedte: tooltip.offsetWidth, hoogte: tooltip.offsetHeight },
        { breedte: container.clientWidth, hoogte: container.clientHeight },
      );
      tooltip.style.transform = `translate(${x}px, ${y}px)`;
    });
  };
  const verberg = () => {
    wachtendeBeweging = null;
    tooltip.style.display = 'none';
  };
  map.on('click', opKlik);
  map.on('mousemove', opBeweging);
  map.on('mouseout', verberg);
  map.on('movestart', verberg);

  return {
    werkBij: (invoer) => lagen.werkBij(invoer),
    bijgewerkt: () => lagen.bijgewerkt(),
    stijlGewijzigd: () => lagen.opnieuw(),
    verwijder() {
      lagen.verwijder();
      map.off('click', opKlik);
      map.off('mousemove', opBeweging);
      map.off('mouseout', verberg);
      map.off('movestart', verberg);
      tooltip.remove();
    },
  };
};
