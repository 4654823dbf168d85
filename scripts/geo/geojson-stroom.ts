/** Reads a GeoJSON FeatureCollection from text chunks one feature at a time, so a national CBS file never has to fit in one string. */
// JSON.parse needs the whole document as one string, and V8 strings stop at about 512 MB: the national
// Wijk- en Buurtkaart as GeoJSON is larger than that. This scanner only tracks strings and bracket depth; each
// feature and each other top-level member (`crs`, `links`, `type`, ...) is cut out as text and handed to JSON.parse
// on its own. Members are reported in file order, so a `crs` written before `features` arrives before the first feature.

export type StroomItem =
  | { readonly soort: 'lid'; readonly naam: string; readonly waarde: unknown }
  | { readonly soort: 'feature'; readonly index: number; readonly waarde: unknown };

export class StroomFout extends Error {
  constructor(uitleg: string) {
    super(`geen geldige GeoJSON: ${uitleg}`);
    this.name = 'StroomFout';
  }
}

const AANHALING = 34; // "
const BACKSLASH = 92;
const ACCOLADE_OPEN = 123; // {
const ACCOLADE_DICHT = 125; // }
const HAAK_OPEN = 91; // [
const HAAK_DICHT = 93; // ]
const DUBBELPUNT = 58;
const KOMMA = 44;
const BOM = 0xfeff;

function isWit(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

type Stand =
  | 'begin' // before the top-level `{`
  | 'sleutel' // expecting a key (or `}`) in the top-level object
  | 'dubbelpunt' // after a key
  | 'waarde' // expecting a value
  | 'lid' // inside a top-level value other than `features`
  | 'features' // inside the `features` array, between features
  | 'feature' // inside one feature
  | 'na' // after a value, expecting `,` or `}`
  | 'einde';

function parse(tekst: string, wat: string): unknown {
  try {
    return JSON.parse(tekst) as unknown;
  } catch (e) {
    throw new StroomFout(`${wat} is geen geldige JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Yields the top-level members and the features of one FeatureCollection, whatever the chunk boundaries. */
export async function* leesGeoJsonStroom(
  stukken: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<StroomItem> {
  let stand: Stand = 'begin';
  let diepte = 0;
  let inTekst = false;
  let escape = false;
  let sleutel = '';
  let index = 0;
  // The text being cut out (a key, a member value or a feature), possibly spread over chunks.
  let vangst: string[] | null = null;
  let vangBegin = 0;

  for await (const stuk of stukken) {
    for (let i = 0; i < stuk.length; i++) {
      const c = stuk.charCodeAt(i);
      if (inTekst) {
        if (escape) escape = false;
        else if (c === BACKSLASH) escape = true;
        else if (c === AANHALING) {
          inTekst = false;
          if (stand === 'sleutel' && vangst) {
            vangst.push(stuk.slice(vangBegin, i + 1));
            sleutel = String(parse(vangst.join(''), 'een sleutel'));
            vangst = null;
            stand = 'dubbelpunt';
          }
        }
        continue;
      }
      if (isWit(c)) continue;
      switch (stand) {
        case 'begin':
          if (c === BOM) continue;
          if (c !== ACCOLADE_OPEN) throw new StroomFout('het bestand begint niet met een JSON-object');
          diepte = 1;
          stand = 'sleutel';
          continue;
        case 'sleutel':
          if (c === ACCOLADE_DICHT) {
            diepte = 0;
            stand = 'einde';
          } else if (c === AANHALING) {
            inTekst = true;
            vangst = [];
            vangBegin = i;
          } else throw new StroomFout(`onverwacht teken "${String.fromCharCode(c)}" waar een sleutel hoort`);
          continue;
        case 'dubbelpunt':
          if (c !== DUBBELPUNT) throw new StroomFout(`verwacht ":" na "${sleutel}"`);
          stand = 'waarde';
          continue;
        case 'waarde':
          if (sleutel === 'features' && c === HAAK_OPEN) {
            diepte = 2;
            stand = 'features';
            continue;
          }
          vangst = [];
          vangBegin = i;
          stand = 'lid';
          // The value's first character is handled below like every other one (a string opens, a bracket deepens).
          i--;
          continue;
        case 'lid':
          if (c === AANHALING) inTekst = true;
          else if (c === ACCOLADE_OPEN || c === HAAK_OPEN) diepte++;
          else if ((c === ACCOLADE_DICHT || c === HAAK_DICHT) && diepte > 1) diepte--;
          else if (diepte === 1 && (c === KOMMA || c === ACCOLADE_DICHT)) {
            (vangst ?? []).push(stuk.slice(vangBegin, i));
            yield {
              soort: 'lid',
              naam: sleutel,
              waarde: parse((vangst ?? []).join('').trim(), `lid "${sleutel}"`),
            };
            vangst = null;
            if (c === KOMMA) stand = 'sleutel';
            else {
              diepte = 0;
              stand = 'einde';
            }
          }
          continue;
        case 'features':
          if (c === ACCOLADE_OPEN) {
            vangst = [];
            vangBegin = i;
            diepte = 3;
            stand = 'feature';
          } else if (c === HAAK_DICHT) {
            diepte = 1;
            stand = 'na';
          } else if (c !== KOMMA) throw new StroomFout(`features[${index}] is geen object`);
          continue;
        case 'feature':
          if (c === AANHALING) inTekst = true;
          else if (c === ACCOLADE_OPEN || c === HAAK_OPEN) diepte++;
          else if (c === ACCOLADE_DICHT || c === HAAK_DICHT) {
            diepte--;
            if (diepte === 2) {
              (vangst ?? []).push(stuk.slice(vangBegin, i + 1));
              yield { soort: 'feature', index, waarde: parse((vangst ?? []).join(''), `features[${index}]`) };
              index++;
              vangst = null;
              stand = 'features';
            }
          }
          continue;
        case 'na':
          if (c === KOMMA) stand = 'sleutel';
          else if (c === ACCOLADE_DICHT) {
            diepte = 0;
            stand = 'einde';
          } else throw new StroomFout(`verwacht "," of "}" na "${sleutel}"`);
          continue;
        case 'einde':
          throw new StroomFout('tekst na het einde van het JSON-object');
      }
    }
    if (vangst) {
      vangst.push(stuk.slice(vangBegin));
      vangBegin = 0;
    }
  }
  if (stand !== 'einde') throw new StroomFout('het bestand houdt halverwege op');
}
