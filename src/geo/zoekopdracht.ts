/** What a search box entry means: a postcode, an RD coordinate pair or the name of a wijk or buurt, or a precise Dutch reason why not. */
// In geo/ rather than domain/: it reads RD (geo/rd.ts) and the geography's places, and geo already builds on domain.
import { parsePostcode } from '../domain/postcode';
import { parseRdInvoer, rdNaarWgs84, type RdPunt } from './rd';
import { normaliseer, type Plaats, type Zoekindex } from './zoekindex';

/** Zoom for a searched RD point: street level, with enough around it to see where it is. */
export const RD_ZOOM = 15;
/** More options than this are not a choice but a list; the user types on. */
export const MAX_OPTIES = 8;

export type Zoekuitkomst =
  | { readonly soort: 'leeg' }
  | { readonly soort: 'fout'; readonly melding: string }
  | {
      readonly soort: 'postcode';
      readonly pc4: string;
      /** `3084NP` when six characters were given. */
      readonly pc6: string | null;
      readonly gebied: Plaats;
    }
  | {
      readonly soort: 'rd';
      readonly rd: RdPunt;
      readonly positie: readonly [number, number];
      readonly zoom: number;
    }
  | {
      readonly soort: 'gebied';
      readonly gebied: Plaats;
      /** Other places with exactly this name (a wijk and its buurt often share one). */
      readonly ook: readonly Plaats[];
    }
  | { readonly soort: 'keuze'; readonly opties: readonly Plaats[]; readonly meer: boolean };

const RD_LABEL = /^[xy]\s*[=:]/i;
/** Two numbers with a separator between them: the shape of an RD pair, however it is separated. */
const TWEE_GETALLEN = /^\d+(?:[.,]\d+)?(?:\s*[,;]\s*|\s+)\d+(?:[.,]\d+)?$/;
const POSTCODE_VORM = /^\d/;

function weggelatenMelding(wat: string, index: Zoekindex): string {
  return `${wat} staat niet op deze kaart${index.toelichting ? `: ${index.toelichting}` : ''}.`;
}

function leesPostcode(tekst: string, index: Zoekindex): Zoekuitkomst {
  const uitslag = parsePostcode(tekst);
  if (!uitslag.ok) return { soort: 'fout', melding: uitslag.melding };
  const gebied = index.pc4.get(uitslag.pc4);
  if (!gebied) {
    return {
      soort: 'fout',
      melding: index.weggelaten.has(uitslag.pc4)
        ? weggelatenMelding(`Postcodegebied ${uitslag.pc4}`, index)
        : `Postcodegebied ${uitslag.pc4} ligt niet in Rotterdam.`,
    };
  }
  return { soort: 'postcode', pc4: uitslag.pc4, pc6: uitslag.pc6, gebied };
}

function leesRd(tekst: string): Zoekuitkomst {
  const uitslag = parseRdInvoer(tekst);
  if (!uitslag.ok) return { soort: 'fout', melding: uitslag.melding };
  return { soort: 'rd', rd: uitslag.punt, positie: rdNaarWgs84(uitslag.punt), zoom: RD_ZOOM };
}

/** Exact name first, then names that start with the text, then names with a word that does ("ijssel" → "Oud-IJsselmonde"). */
function leesNaam(tekst: string, index: Zoekindex): Zoekuitkomst {
  const gezocht = normaliseer(tekst);
  if (gezocht === '')
    return { soort: 'fout', melding: `"${tekst}" is geen postcode, buurt of RD-coördinaat.` };
  const exact = index.namen.filter((p) => normaliseer(p.naam) === gezocht);
  const [eerste, ...ook] = exact;
  if (eerste) return { soort: 'gebied', gebied: eerste, ook };
  const begin = index.namen.filter((p) => normaliseer(p.naam).startsWith(gezocht));
  const woord = index.namen.filter(
    (p) =>
      !begin.includes(p) &&
      normaliseer(p.naam)
        .split(' ')
        .some((w) => w.startsWith(gezocht)),
  );
  const opties = [...begin, ...woord];
  if (opties.length > 0) {
    return { soort: 'keuze', opties: opties.slice(0, MAX_OPTIES), meer: opties.length > MAX_OPTIES };
  }
  if (index.weggelaten.has(gezocht))
    return { soort: 'fout', melding: weggelatenMelding(`"${tekst}"`, index) };
  return {
    soort: 'fout',
    melding: `Geen wijk of buurt gevonden voor "${tekst}": typ een postcode (3084 of 3084NP), een buurtnaam of een RD-coördinaat (92500, 436000).`,
  };
}

/**
 * Reads a search box entry. An RD pair is recognised by its two numbers (or its x=/y= labels), a postcode by its
 * leading digit; anything else is a name. Errors come from the postcode and RD parsers themselves, so the message
 * says what was expected ("postcode "30A4" is geen geldige postcode: verwacht 1234 of 1234AB").
 */
export function leesZoekopdracht(invoer: string, index: Zoekindex): Zoekuitkomst {
  const tekst = invoer.trim().replace(/\s+/g, ' ');
  if (tekst === '') return { soort: 'leeg' };
  if (RD_LABEL.test(tekst) || TWEE_GETALLEN.test(tekst)) return leesRd(tekst);
  if (POSTCODE_VORM.test(tekst)) return leesPostcode(tekst, index);
  return leesNaam(tekst, index);
}
