/**
 * The renderer of the signed-in roles: the shared maplibre layers (gedeelde-lagen.ts: names, RGW cards, hatching,
 * outlines, the searched point) plus the deck.gl layer groups (laag-groep.ts) in a MapLibreOverlay over the map.
 * Loaded with `import()` when a role that needs
 * it signs in; publiek never downloads it (maplibre-tekenaar.ts).
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { DATALAGEN } from '../domain/datalagen';
import { LAAG_GROEPEN } from '../kenmerken/kaart-onderdelen';
import { maakGedeeldeLagen } from './gedeelde-lagen';
import type { LaagContext, LaagGroep, SelectieRing } from './laag-groep';
import { selectieHaloProps, selectieRingProps } from './layers/selectie-layer';
import type { MaakTekenaar } from './tekenaar';
import { TOOLTIP_STIJL, tooltipPositie } from './tooltip-positie';

/**
 * Layer descriptors are cheap: rebuilt on every change and diffed by deck.gl; data arrays keep their identity.
 * Bottom to top: the groups `onder` (area fills), the symbols,
 * the selection ring, the counts in the symbols, the groups `boven`.
 */
function bouwLagen(ctx: LaagContext): Layer[] {
  const sleutel = ctx.geselecteerd;
  // The last group with a ring wins: a later group draws over an earlier one (a cluster over the symbols it holds).
  const ring =
    sleutel === null
      ? null
      : (LAAG_GROEPEN.map((g) => g.ring?.(sleutel, ctx) ?? null).findLast((r) => r !== null) ?? null);
  const selectie = [
    new ScatterplotLayer(selectieHaloProps(ring)),
    new ScatterplotLayer(selectieRingProps(ring)),
  ];
  const op = (plek: LaagGroep['plek']): Layer[] =>
    LAAG_GROEPEN.filter((g) => g.plek === plek).flatMap((g) => g.bouw(ctx));
  const symbolen = op('symbolen');
  // Text layers (counts in the circles) go over the ring, so a selected circle keeps its number readable.
  const [teksten, vormen] = [
    symbolen.filter((l) => l instanceof TextLayer),
    symbolen.filter((l) => !(l instanceof TextLayer)),
  ];
  return [...op('onder'), ...vormen, ...selectie, ...teksten, ...op('boven')];
}

export const maakDeckTekenaar: MaakTekenaar = ({ map, container, ctx, selecteer, getekend }) => {
  // Bumped by every update; deck.gl reports the frame that drew it through onAfterRender.
  let versie = 0;
  let getekendeVersie = -1;
  let deckGetekend = false;
  const lagen = maakGedeeldeLagen(map, ctx, () => {
    if (deckGetekend) getekend();
  });

  /** deck.gl's symbols for the names to keep clear of; a new array only when the data or the layers change. */
  let hindernissen: { sleutel: readonly unknown[]; ringen: readonly SelectieRing[] } | null = null;
  function hindernissenVan(c: LaagContext): readonly SelectieRing[] {
    const sleutel = [c.weergave, c.filters, c.extra, ...DATALAGEN.map((l) => c.aan(l.id))];
    if (!hindernissen || sleutel.some((s, i) => s !== hindernissen?.sleutel[i])) {
      hindernissen = { sleutel, ringen: LAAG_GROEPEN.flatMap((g) => g.hindernissen?.(c) ?? []) };
    }
    return hindernissen.ringen;
  }

  const overlay = new MapLibreOverlay({
    // Not interleaved: with interleaving, clicks on deck.gl's symbols selected nothing (the browser tests). So its
    // area fills lie over maplibre's names and cards until those fills, too, are maplibre layers.
    interleaved: false,
    layers: [],
    onClick: (info: PickingInfo) => {
      const huidig = ctx();
      for (const groep of LAAG_GROEPEN) {
        const sleutel = groep.kies?.(info, huidig);
        if (sleutel !== undefined) {
          selecteer(sleutel);
          return;
        }
      }
      // Nothing of deck.gl's: a card or a hatched area of the shared maplibre layers, or nothing.
      selecteer(lagen.onder([info.x, info.y])?.sleutel ?? null);
    },
    onHover: (info: PickingInfo) => {
      map.getCanvas().style.cursor = info.picked || lagen.onder([info.x, info.y]) ? 'pointer' : '';
    },
    getTooltip: (info: PickingInfo) => {
      const teksten = info.picked
        ? LAAG_GROEPEN.map((groep) => groep.tooltip?.(info, ctx()))
        : [lagen.onder([info.x, info.y])?.tekst];
      for (const tekst of teksten) {
        if (!tekst) continue;
        // deck.gl puts the tooltip's corner on the pointer, right after this returns; once it is in place (and so
        // measurable), move it to a spot inside the map: near the right or bottom edge it would be cut off.
        queueMicrotask(() => {
          const el = container.querySelector<HTMLElement>('.deck-tooltip');
          if (!el || el.style.display === 'none') return;
          const [x, y] = tooltipPositie(
            [info.x, info.y],
            { breedte: el.offsetWidth, hoogte: el.offsetHeight },
            { breedte: container.clientWidth, hoogte: container.clientHeight },
          );
          el.style.transform = `translate(${x}px, ${y}px)`;
        });
        return { text: tekst, style: TOOLTIP_STIJL };
      }
      return null;
    },
    onAfterRender: () => {
      getekendeVersie = versie;
      deckGetekend = true;
      if (lagen.bijgewerkt()) getekend();
    },
  });
  map.addControl(overlay);

  return {
    werkBij(invoer) {
      versie += 1;
      lagen.werkBij(invoer, hindernissenVan(invoer.ctx));
      overlay.setProps({ layers: bouwLagen(invoer.ctx) });
    },
    bijgewerkt: () => getekendeVersie === versie && lagen.bijgewerkt(),
    stijlGewijzigd: () => lagen.opnieuw(),
    verwijder() {
      lagen.verwijder();
      map.removeControl(overlay);
      overlay.finalize();
    },
  };
};
