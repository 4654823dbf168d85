/** One shape per escalatieladder phase, as SVG paths shared by the map's icon atlas, the legend and the phase timeline. */
// Colour alone may not carry meaning (WCAG 1.4.1): every phase also has its own shape, and the shapes grow more
// angular as the ladder climbs, so "more corners = more urgent" reads even in greyscale.
import type { Fase } from '../contract/voorziening';
import { FASEN } from '../domain/escalatie';
import { cssKleur, EIGEN_KLEUR, FASE_KLEUR, RAND_KLEUR, type Rgba } from './kleuren';

export type FaseVorm = 'cirkel' | 'vierkant' | 'driehoek' | 'ruit' | 'ster';

export const FASE_VORM: Readonly<Record<Fase, FaseVorm>> = {
  '0': 'cirkel',
  '1': 'vierkant',
  '2': 'driehoek',
  '3a': 'ruit',
  '3b': 'ster',
};

/** Dutch names, for text alternatives ("driehoek, fase 2"). */
export const VORM_NAAM: Readonly<Record<FaseVorm, string>> = {
  cirkel: 'cirkel',
  vierkant: 'vierkant',
  driehoek: 'driehoek',
  ruit: 'ruit',
  ster: 'ster',
};

function getal(n: number): string {
  // Two decimals are far below a pixel and keep the SVG text (and snapshot tests) short and stable.
  return String(Math.round(n * 100) / 100);
}

function veelhoek(punten: readonly (readonly [number, number])[]): string {
  return `${punten.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${getal(x)} ${getal(y)}`).join(' ')} Z`;
}

/** How far each shape reaches from the centre, in nominal radii (the circle's): the atlas cell allows for it. */
export const VORM_REIKWIJDTE: Readonly<Record<FaseVorm, number>> = {
  cirkel: 1,
  vierkant: 1.22,
  driehoek: 1.31,
  ruit: 1.18,
  ster: 1.39,
};

/**
 * The outline of a shape centred on (cx, cy); `r` is the radius of the circle, and the other shapes are sized to
 * look about as heavy as that circle (a square as wide as the circle looks bigger, a triangle smaller).
 */
export function vormPad(vorm: FaseVorm, cx: number, cy: number, r: number): string {
  switch (vorm) {
    case 'cirkel':
      return `M${getal(cx - r)} ${getal(cy)} a${getal(r)} ${getal(r)} 0 1 0 ${getal(2 * r)} 0 a${getal(r)} ${getal(r)} 0 1 0 ${getal(-2 * r)} 0 Z`;
    case 'vierkant': {
      const h = r * 0.86;
      return veelhoek([
        [cx - h, cy - h],
        [cx + h, cy - h],
        [cx + h, cy + h],
        [cx - h, cy + h],
      ]);
    }
    case 'driehoek': {
      // Equilateral, pointing up; its centroid a little below the centre, so it sits optically in the middle.
      const R = r * 1.25;
      const midden = cy + r * 0.1;
      return veelhoek(
        [-90, 30, 150].map((hoek) => {
          const a = (hoek * Math.PI) / 180;
          return [cx + R * Math.cos(a), midden + R * Math.sin(a)] as const;
        }),
      );
    }
    case 'ruit':
      return veelhoek([
        [cx, cy - r * 1.18],
        [cx + r * 1.02, cy],
        [cx, cy + r * 1.18],
        [cx - r * 1.02, cy],
      ]);
    case 'ster': {
      const punten: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const straal = i % 2 === 0 ? r * 1.32 : r * 0.6;
        const a = ((-90 + i * 36) * Math.PI) / 180;
        punten.push([cx + straal * Math.cos(a), cy + r * 0.08 + straal * Math.sin(a)]);
      }
      return veelhoek(punten);
    }
  }
}

/** How a symbol is filled: a phase colour, hollow for a confidential location, or the own organisation's orange. */
export type SymboolSoort = 'vol' | 'hol' | 'eigen' | 'eigen-hol';
export const SYMBOOL_SOORTEN: readonly SymboolSoort[] = ['vol', 'hol', 'eigen', 'eigen-hol'];

export interface SymboolStijl {
  readonly vulling: Rgba;
  readonly rand: Rgba;
  /** Width of the coloured edge as a share of the radius. */
  readonly randdikte: number;
  /** A thin dark line outside the edge, so a light phase colour still stands out from the background. */
  readonly contour: boolean;
}

/**
 * The inside of a hollow icon: opaque, unlike the see-through HOL_VULLING of the circle layers. Half-transparent
 * pixels of a loaded icon image come out of deck.gl's IconLayer too dark (grey instead of faintly white) in
 * Chromium, and a fully transparent centre would not be clickable (IconLayer drops pixels below `alphaCutoff`).
 */
export const HOL_ICON_VULLING: Rgba = [252, 252, 250, 255];

export function symboolStijl(fase: Fase, soort: SymboolSoort): SymboolStijl {
  switch (soort) {
    case 'vol':
      return { vulling: FASE_KLEUR[fase], rand: RAND_KLEUR, randdikte: 0.17, contour: false };
    case 'hol':
      return { vulling: HOL_ICON_VULLING, rand: FASE_KLEUR[fase], randdikte: 0.36, contour: true };
    case 'eigen':
      return { vulling: EIGEN_KLEUR, rand: RAND_KLEUR, randdikte: 0.22, contour: false };
    case 'eigen-hol':
      return { vulling: HOL_ICON_VULLING, rand: EIGEN_KLEUR, randdikte: 0.36, contour: true };
  }
}

/**
 * The SVG elements of one symbol: contour, then the shape with its edge. Strokes are centred on the path, so the
 * path is drawn at `r - edge/2` and the whole symbol stays inside radius `r` (plus the contour).
 */
export function symboolSvg(fase: Fase, soort: SymboolSoort, cx: number, cy: number, r: number): string {
  const stijl = symboolStijl(fase, soort);
  const vorm = FASE_VORM[fase];
  const rand = stijl.randdikte * r;
  const binnen = r - rand / 2;
  const contour = stijl.contour
    ? `<path d="${vormPad(vorm, cx, cy, r + r * 0.04)}" fill="none" stroke="${cssKleur(RAND_KLEUR)}" stroke-width="${getal(r * 0.09)}" stroke-linejoin="round"/>`
    : '';
  const vullingOpaciteit = stijl.vulling[3] === 255 ? '' : ` fill-opacity="${getal(stijl.vulling[3] / 255)}"`;
  return `${contour}<path d="${vormPad(vorm, cx, cy, binnen)}" fill="${cssKleur(stijl.vulling)}"${vullingOpaciteit} stroke="${cssKleur(stijl.rand)}" stroke-width="${getal(rand)}" stroke-linejoin="round"/>`;
}

/** Pixel size of one atlas cell; drawn larger than shown so icons stay crisp on high-density screens. */
export const ATLAS_CEL = 64;
/** The nominal (circle) radius inside a cell: the pointiest shape reaches 1.39 times as far, plus its contour. */
export const ATLAS_STRAAL = 21;

export function iconNaam(fase: Fase, soort: SymboolSoort): string {
  return `${soort}-${fase}`;
}

export interface IconPlek {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly anchorX: number;
  readonly anchorY: number;
  readonly mask: false;
}

/** Where each icon sits in the atlas: one row per symbol kind, one column per phase. */
export const ICON_PLEKKEN: Readonly<Record<string, IconPlek>> = Object.freeze(
  Object.fromEntries(
    SYMBOOL_SOORTEN.flatMap((soort, rij) =>
      FASEN.map((fase, kolom) => [
        iconNaam(fase, soort),
        {
          x: kolom * ATLAS_CEL,
          y: rij * ATLAS_CEL,
          width: ATLAS_CEL,
          height: ATLAS_CEL,
          anchorX: ATLAS_CEL / 2,
          anchorY: ATLAS_CEL / 2,
          mask: false,
        } satisfies IconPlek,
      ]),
    ),
  ),
);

/** The whole atlas as one SVG document: every phase in every symbol kind. */
export function atlasSvg(): string {
  const breedte = FASEN.length * ATLAS_CEL;
  const hoogte = SYMBOOL_SOORTEN.length * ATLAS_CEL;
  const symbolen = SYMBOOL_SOORTEN.flatMap((soort, rij) =>
    FASEN.map((fase, kolom) =>
      symboolSvg(fase, soort, (kolom + 0.5) * ATLAS_CEL, (rij + 0.5) * ATLAS_CEL, ATLAS_STRAAL),
    ),
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${breedte}" height="${hoogte}" viewBox="0 0 ${breedte} ${hoogte}">${symbolen}</svg>`;
}

/** A data URL deck.gl's IconLayer loads like any image: no file to fetch, works offline and in headless Chromium. */
export const ATLAS_URL = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(atlasSvg())}`;

/** The icon size in pixels (deck.gl: the icon's height) for a symbol whose shape should have radius `straal`. */
export function iconGrootte(straal: number): number {
  return (straal * ATLAS_CEL) / ATLAS_STRAAL;
}
