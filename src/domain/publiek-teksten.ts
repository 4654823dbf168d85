/**
 * Texts residents read on the public map, in one place so that b1-teksten.test.ts holds their shape:
 * taalniveau B1, short sentences, no jargon, "je". The panels import them; professional wording stays in the panels.
 */

/** The legend of publiek's map. */
export const LEGENDA = {
  pc4Symbool: 'Postcodegebied met voorzieningen. Het getal is het aantal voorzieningen.',
  pc4Uitleg:
    'Hoe groter de cirkel, hoe meer voorzieningen. De cirkel staat midden in het postcodegebied, niet op een adres.',
  buurtgrens: 'Buurtgrens (zie je als je inzoomt)',
  pc4Grens: 'Grens van een postcodegebied (zie je als je inzoomt, of zet hem aan bij Kaartlagen)',
  focusgebied: 'Focusgebied van Rotterdams Goed Wonen',
  grenzenSchematisch:
    'De grenzen op deze kaart zijn niet precies. Ze zijn geschat vanuit het midden van elke buurt.',
  grenzenCbs: 'De grenzen komen van het CBS.',
} as const;

/** The layer control. */
export const KAARTLAGEN = {
  pdokKeuze: 'Kaart van PDOK (grijs)',
  pdokOnbereikbaar: 'De kaart van PDOK is niet bereikbaar. Je ziet nu de eigen kaart.',
  pdokUitleg: 'De kaart van PDOK komt van internet. De eigen kaart werkt ook zonder internet.',
} as const;

/** The woonvorm filter. */
export const FILTERS_TEKST = {
  /** After a woonvorm ticked in a link that the map does not have, so it can still be unticked. */
  nietOpDeKaart: '(niet op de kaart)',
  /** Residents know Wonen eerst and may look for it. */
  wonenEerst: 'Wonen eerst staat niet in de lijst. Dat zijn gewone woningen, geen voorzieningen.',
} as const;

/** The map's source line (bottom right) while the boundaries are the schematic ones. */
export const GRENZEN_BIJ_BENADERING = 'Grenzen bij benadering';

/** The side panel of Rotterdams Goed Wonen. */
export const RGW = {
  /** The layer's name in the layer control: what publiek sees is a number of cases per focus area. */
  laag: 'Zaken Rotterdams Goed Wonen per gebied',
  uitlegPubliek:
    'Rotterdams Goed Wonen pakt slechte verhuur en overlast in woningen aan. Dat gebeurt in vijf focusgebieden op Zuid. Je ziet hoeveel nieuwe zaken er per gebied zijn. Losse zaken zie je niet.',
  privacy:
    'De aantallen zijn een beetje veranderd en afgerond op 5. Is het minder dan 5, dan staat er: minder dan 5. Zo kan niemand een persoon of adres herkennen.',
  kaartjes: 'Liggen kaartjes over elkaar? Zoom dan in. De tabel hieronder noemt alle vijf de gebieden.',
  afgerond: 'Zaken zijn afgerond op 5, zodat niemand te herkennen is.',
  gemiddeld:
    'Gemiddeld: de vijf focusgebieden samen, gedeeld door vijf. De doelen gelden voor het hele programma. Per focusgebied is er alleen een doel voor de casustafel: elke twee weken.',
  jaardoel: 'Doel: het doel voor het hele jaar.',
} as const;

/** The RGW section while its layer is off, naming the layer as the layer control does. */
export function laagUit(titel: string): string {
  return `De laag ‘${titel}’ staat uit. Zet hem aan bij Kaartlagen.`;
}

/** "Doel tot nu": the part of the year's target that fits the part of the year that is over. */
export function doelTotNu(procent: number): string {
  return `Doel tot nu: ${procent}% van het jaardoel. Er is ${procent}% van het jaar voorbij.`;
}

/** Search, sign-in and errors a resident can meet. */
export const MELDINGEN = {
  zoekenMislukt: 'Zoeken is niet gelukt. Probeer het opnieuw.',
  meerGebieden: 'Er zijn meer gebieden. Typ verder.',
  sessieVerlopen: 'Je sessie is verlopen. Je ziet weer de openbare kaart. Log opnieuw in om meer te zien.',
  sessieOngeldig:
    'Je sessie is niet geldig en is beëindigd. Je ziet weer de openbare kaart. Log opnieuw in om meer te zien.',
  aanmeldingOnbekend: 'De server herkende je aanmelding niet. Je blijft uitgelogd.',
  antwoordOngeldig: 'Het antwoord van de server klopt niet. Daarom tonen we deze gegevens niet.',
  openbareKaart: 'De openbare kaart. Je hoeft niet in te loggen.',
} as const;
