/** Hand-drawn outlines and water of Rotterdam: the only drawn input of the schematic geography (scripts/geo-schematisch.ts). */
// Sketched from general knowledge of the city (rivers, motorways, bridges as landmarks) at a resolution of a few
// hundred metres, then checked by eye against a rendering of the CBS reference; no vertex was taken from CBS data.
// Coordinates are [lon, lat] in WGS84. Where an outline runs over water it follows the middle of the river, as a
// municipal border does; the water is cut out afterwards, so the land edge becomes the river bank.

/** [lon, lat] */
export type Punt = readonly [number, number];

/** A water course drawn as a centre line: `[lon, lat, halve breedte in m]` per vertex, smoothed by the builder. */
export interface Waterloop {
  readonly naam: string;
  readonly soort: 'rivier';
  readonly as: readonly (readonly [number, number, number])[];
}

/** A basin or lake drawn as a polygon ring (open: the builder closes it). */
export interface Waterbekken {
  readonly naam: string;
  readonly soort: 'haven' | 'plas';
  readonly ring: readonly Punt[];
}

/** An island: land cut out of the water, with a channel of `grachtM` metres dug around it first. */
export interface Eiland {
  readonly naam: string;
  /** The channel around the island gets this name (the Koningshaven runs south of the Noordereiland). */
  readonly gracht: string;
  readonly grachtM: number;
  readonly ring: readonly Punt[];
}

export interface Deelgebied {
  readonly naam: string;
  readonly ring: readonly Punt[];
}

/**
 * The municipality as drawn: the city on both banks of the Nieuwe Maas with the inner port (Waalhaven, Eemhaven,
 * Vondelingenplaat), Pernis and Hoogvliet in one piece; Hoek van Holland and Rozenburg as small separate pieces.
 * Botlek, Europoort and the Maasvlakte lie outside every piece: their buurten are left out.
 */
export const GEMEENTE_DELEN: readonly Deelgebied[] = [
  {
    naam: 'Rotterdam',
    ring: [
      // Schiedam border, from the middle of the Nieuwe Maas northwards.
      [4.4075, 51.9],
      [4.4085, 51.913],
      [4.4065, 51.9245],
      [4.4075, 51.936],
      // Overschie, Noord-Kethel and Schieveen, along Schiedam, Delft and Pijnacker.
      [4.392, 51.9465],
      [4.386, 51.9455],
      [4.377, 51.963],
      [4.3885, 51.965],
      [4.426, 51.976],
      [4.4375, 51.9665],
      [4.449, 51.9655],
      // Schiebroek and Hillegersberg, along Lansingerland.
      [4.4585, 51.9795],
      [4.468, 51.9805],
      [4.479, 51.971],
      [4.4945, 51.971],
      [4.517, 51.9595],
      // Ommoord, Zevenkamp and Nesselande up to the Zevenhuizerplas.
      [4.523, 51.963],
      [4.5455, 51.9725],
      [4.555, 51.969],
      [4.568, 51.978],
      [4.5785, 51.9905],
      [4.593, 51.9945],
      [4.597, 51.99],
      [4.6015, 51.972],
      [4.5635, 51.957],
      // Prins Alexander along Capelle aan den IJssel, down to the Maas at Kralingse Veer.
      [4.57, 51.9445],
      [4.5645, 51.9385],
      [4.5645, 51.926],
      [4.553, 51.919],
      [4.5575, 51.912],
      [4.5575, 51.9045],
      // Across the river to IJsselmonde; Beverwaard along Ridderkerk, then the A15 westwards.
      [4.574, 51.903],
      [4.5715, 51.89],
      [4.567, 51.878],
      [4.54, 51.871],
      [4.5135, 51.869],
      [4.4825, 51.8688],
      // Charlois Zuidrand reaches a little further south, towards Rhoon.
      [4.48, 51.8625],
      [4.46, 51.8605],
      [4.452, 51.8635],
      [4.445, 51.8665],
      [4.427, 51.871],
      // Waalhaven-Zuid and Eemhaven to Hoogvliet, along Rhoon.
      [4.3885, 51.8725],
      [4.385, 51.86],
      [4.384, 51.8415],
      // The middle of the Oude Maas up to the Botlek, then the middle of the Nieuwe Maas back east.
      [4.3828, 51.8405],
      [4.36, 51.8502],
      [4.339, 51.8593],
      [4.3285, 51.8765],
      [4.318, 51.8945],
      [4.331, 51.8955],
      [4.362, 51.8993],
      [4.3913, 51.8969],
    ],
  },
  {
    naam: 'Hoek van Holland',
    ring: [
      // From the mouth of the Nieuwe Waterweg over the beach and along Westland, back along the waterway.
      [4.045, 51.9905],
      [4.048, 52.0035],
      [4.1165, 52.004],
      [4.129, 51.9985],
      [4.136, 51.9915],
      [4.149, 51.9875],
      [4.146, 51.9815],
      [4.154, 51.9775],
      [4.185, 51.9665],
      [4.19, 51.9545],
      [4.2175, 51.9415],
      [4.211, 51.9335],
      [4.1882, 51.9414],
      [4.1685, 51.9514],
      [4.1457, 51.9644],
      [4.1197, 51.9744],
      [4.0805, 51.9834],
    ],
  },
  {
    naam: 'Rozenburg',
    ring: [
      [4.224, 51.9],
      [4.226, 51.914],
      [4.2319, 51.9229],
      [4.264, 51.9109],
      [4.263, 51.905],
      [4.26, 51.8965],
      [4.234, 51.901],
    ],
  },
];

/** Rivers, east to west; half widths put the banks roughly where they are (the Nieuwe Maas is 300-500 m wide). */
export const WATERLOPEN: readonly Waterloop[] = [
  {
    naam: 'Nieuwe Maas',
    soort: 'rivier',
    as: [
      [4.625, 51.905, 180],
      [4.6, 51.9042, 170],
      [4.585, 51.9033, 170],
      [4.57, 51.9032, 160],
      [4.5546, 51.9052, 160],
      [4.545, 51.903, 150],
      [4.537, 51.901, 150],
      // The bend around De Esch: the river turns north between De Esch and Feijenoord ...
      [4.53, 51.9002, 150],
      [4.5235, 51.9008, 155],
      [4.519, 51.9035, 160],
      [4.5172, 51.9072, 160],
      [4.5167, 51.911, 160],
      [4.5135, 51.9152, 160],
      // ... and west past the Willemsbrug, north of the Noordereiland ...
      [4.5082, 51.9172, 160],
      [4.5005, 51.9183, 165],
      [4.4945, 51.9172, 170],
      [4.491, 51.9148, 175],
      // ... then south-west under the Erasmusbrug, past Parkhaven and Katendrecht.
      [4.487, 51.911, 190],
      [4.4836, 51.9083, 200],
      [4.4788, 51.9042, 200],
      [4.473, 51.9018, 205],
      [4.4682, 51.9006, 205],
      [4.4576, 51.8994, 200],
      [4.4461, 51.9003, 210],
      [4.4297, 51.9024, 240],
      [4.4105, 51.8998, 250],
      [4.3913, 51.8969, 250],
      [4.362, 51.8993, 250],
      [4.331, 51.8955, 260],
      [4.318, 51.8945, 260],
    ],
  },
  {
    naam: 'Nieuwe Waterweg',
    soort: 'rivier',
    as: [
      // Het Scheur between Vlaardingen and Rozenburg, then the Nieuwe Waterweg to the sea.
      [4.318, 51.8945, 260],
      [4.2987, 51.8979, 250],
      [4.266, 51.9101, 230],
      [4.2319, 51.9229, 210],
      [4.2174, 51.9324, 200],
      [4.1882, 51.9414, 200],
      [4.1685, 51.9514, 200],
      [4.1457, 51.9644, 200],
      [4.1197, 51.9744, 220],
      [4.0805, 51.9834, 250],
      [4.04, 51.9925, 300],
    ],
  },
  {
    naam: 'Oude Maas',
    soort: 'rivier',
    as: [
      [4.44, 51.835, 150],
      [4.41, 51.836, 150],
      [4.3828, 51.8405, 150],
      [4.36, 51.8502, 150],
      [4.339, 51.8593, 150],
      [4.3285, 51.8765, 160],
      [4.318, 51.8945, 180],
    ],
  },
];

/** City harbours and the Kralingse Plas; each reaches into the river so that it joins it. */
export const WATERBEKKENS: readonly Waterbekken[] = [
  {
    naam: 'Rijnhaven',
    soort: 'haven',
    ring: [
      [4.479, 51.903],
      [4.4935, 51.9033],
      [4.4935, 51.905],
      [4.479, 51.905],
    ],
  },
  {
    naam: 'Maashaven',
    soort: 'haven',
    ring: [
      // The quays meet the river bank at an angle: a quay drawn almost along the bank leaves a sliver of land.
      [4.4675, 51.8972],
      [4.49, 51.8972],
      [4.49, 51.899],
      [4.4735, 51.8988],
      [4.4665, 51.8995],
    ],
  },
  {
    naam: 'Parkhaven',
    soort: 'haven',
    ring: [
      [4.4618, 51.901],
      [4.4648, 51.901],
      [4.4648, 51.9075],
      [4.4618, 51.9075],
    ],
  },
  {
    naam: 'Kralingse Plas',
    soort: 'plas',
    ring: [
      [4.5085, 51.93],
      [4.512, 51.928],
      [4.517, 51.9282],
      [4.519, 51.9305],
      [4.518, 51.9338],
      [4.515, 51.9355],
      [4.51, 51.9345],
    ],
  },
];

/** The Noordereiland, between the Nieuwe Maas and the Koningshaven. */
export const EILANDEN: readonly Eiland[] = [
  {
    naam: 'Noordereiland',
    gracht: 'Koningshaven',
    grachtM: 110,
    ring: [
      [4.488, 51.911],
      [4.4905, 51.9128],
      [4.495, 51.9147],
      [4.5, 51.9163],
      [4.504, 51.9172],
      [4.5062, 51.917],
      [4.5045, 51.9157],
      [4.5, 51.914],
      [4.495, 51.9124],
      [4.4905, 51.911],
    ],
  },
];
