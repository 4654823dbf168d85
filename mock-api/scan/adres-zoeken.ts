/**
 * Reads what an assessor types to start a scan ("Straat 12", "3072AB 12", "3072AB", "92500, 436000") and answers
 * candidate sites: PDOK Locatieserver for postcode + number when a geocoder is configured and online, otherwise (and
 * for street names and PC6 alone) the demo register (adresregister.ts); RD coordinates are converted with rd.ts.
 */
import type { LonLat } from '../../src/contract/common';
import type { AdresKandidaat } from '../../src/contract/draagkrachtscan';
import type { Buurt } from '../../src/contract/gebied';
import { parsePostcode } from '../../src/domain/postcode';
import { dichtstbijzijndeIndex } from '../../src/geo/dichtstbijzijnde';
import { parseRdInvoer, rdNaarWgs84, wgs84NaarRd } from '../../src/geo/rd';
import type { Geocoder } from '../import/geocoder';
import { dichtstbijzijndAdres, normaliseer, type Adresregister, type RegisterAdres } from './adresregister';

/** A click farther than this from any register address names no address. */
export const MAX_KLIK_AFSTAND_M = 150;

/** "What is here": the register's nearest address to a clicked point, or a message when there is none close by. */
export function adresBijPunt(register: Adresregister, buurten: readonly Buurt[], punt: LonLat): ZoekUitslag {
  const dichtst = dichtstbijzijndAdres(register, punt);
  if (!dichtst || dichtst.afstandM > MAX_KLIK_AFSTAND_M) {
    return {
      kandidaten: [],
      melding: `geen adres binnen ${MAX_KLIK_AFSTAND_M} m in het demo-adresregister: de analyse kan ook op het punt zelf`,
    };
  }
  return { kandidaten: [vanRegister(dichtst.adres, buurten)], melding: null };
}

export const MAX_KANDIDATEN = 8;

export interface ZoekUitslag {
  kandidaten: AdresKandidaat[];
  melding: string | null;
}

function rd(positie: LonLat): [number, number] {
  const [x, y] = wgs84NaarRd(positie);
  return [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
}

function buurtVan(buurten: readonly Buurt[], p: LonLat): { code: string; naam: string } | null {
  const b = buurten[dichtstbijzijndeIndex(p[0], p[1], buurten)];
  return b ? { code: b.code, naam: b.naam } : null;
}

function vanRegister(a: RegisterAdres, buurten: readonly Buurt[]): AdresKandidaat {
  const naam = buurten.find((b) => b.code === a.buurt)?.naam ?? a.buurt;
  return {
    soort: 'adres',
    weergave: `${a.straat} ${a.huisnummer}, ${a.postcode.slice(0, 4)} ${a.postcode.slice(4)} Rotterdam (demodata)`,
    straat: a.straat,
    huisnummer: a.huisnummer,
    postcode: a.postcode,
    positie: [a.positie[0], a.positie[1]],
    rd: rd(a.positie),
    buurt: { code: a.buurt, naam },
    herkomst: 'demo-adresregister',
  };
}

const POSTCODE_NUMMER =
  /^([1-9][0-9]{3}\s?[A-Za-z]{2})\s*[, ]\s*([0-9]{1,5})\s*([A-Za-z]|-[0-9A-Za-z]{1,4})?$/;
const STRAAT_NUMMER = /^(.*?[^\d\s])\s*,?\s+([0-9]{1,5})\s*([A-Za-z]|-[0-9A-Za-z]{1,4})?$/;

export async function zoekAdres(
  invoer: string,
  register: Adresregister,
  buurten: readonly Buurt[],
  geocoder: Geocoder | undefined,
): Promise<ZoekUitslag> {
  const tekst = invoer.trim().replace(/\s+/g, ' ');

  // RD first: "92500, 436000" would otherwise look like a house number.
  if (/^[xXyY]?\s*[=:]?\s*[0-9]{5,6}/.test(tekst) && !/^[1-9][0-9]{3}\s?[A-Za-z]{2}/.test(tekst)) {
    const rdInvoer = parseRdInvoer(tekst);
    if (!rdInvoer.ok) return { kandidaten: [], melding: rdInvoer.melding };
    const [lon, lat] = rdNaarWgs84(rdInvoer.punt);
    const positie: LonLat = [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
    return {
      kandidaten: [
        {
          soort: 'rd',
          weergave: `RD ${rdInvoer.punt[0]}, ${rdInvoer.punt[1]}`,
          straat: null,
          huisnummer: null,
          postcode: null,
          positie,
          rd: [rdInvoer.punt[0], rdInvoer.punt[1]],
          buurt: buurtVan(buurten, positie),
          herkomst: 'rd-coordinaat',
        },
      ],
      melding: null,
    };
  }

  const pcNr = POSTCODE_NUMMER.exec(tekst);
  if (pcNr?.[1] && pcNr[2]) {
    const pc = parsePostcode(pcNr[1]);
    if (!pc.ok || pc.pc6 === null) return { kandidaten: [], melding: pc.ok ? null : pc.melding };
    const huisnummer = Number(pcNr[2]);
    const toevoeging = pcNr[3]?.replace(/^-/, '');
    if (geocoder) {
      const uit = await geocoder.zoek({
        postcode: pc.pc6,
        huisnummer,
        ...(toevoeging ? { toevoeging } : {}),
      });
      if (uit.soort === 'gevonden') {
        const positie: LonLat = uit.positie;
        return {
          kandidaten: [
            {
              soort: 'adres',
              weergave: `${pc.pc6} ${huisnummer}${toevoeging ?? ''} (PDOK Locatieserver)`,
              straat: null,
              huisnummer,
              postcode: pc.pc6,
              positie,
              rd: rd(positie),
              buurt: buurtVan(buurten, positie),
              herkomst: 'pdok-locatieserver',
            },
          ],
          melding: null,
        };
      }
      // Offline or not in PDOK: the demo register answers, and says it is demodata.
    }
    const inPc6 = register.perPostcode.get(pc.pc6) ?? [];
    const precies = inPc6.filter((a) => a.huisnummer === huisnummer);
    if (precies.length > 0) return { kandidaten: precies.map((a) => vanRegister(a, buurten)), melding: null };
    if (inPc6.length > 0) {
      const nummers = inPc6.map((a) => a.huisnummer);
      return {
        kandidaten: [],
        melding: `huisnummer ${huisnummer} bestaat niet in postcode ${pc.pc6}: nummers ${Math.min(...nummers)} tot ${Math.max(...nummers)} (demodata)`,
      };
    }
    return { kandidaten: [], melding: `postcode ${pc.pc6} staat niet in het demo-adresregister` };
  }

  const alleenPc = parsePostcode(tekst);
  if (alleenPc.ok && alleenPc.pc6 !== null) {
    const inPc6 = register.perPostcode.get(alleenPc.pc6) ?? [];
    if (inPc6.length === 0)
      return { kandidaten: [], melding: `postcode ${alleenPc.pc6} staat niet in het demo-adresregister` };
    // The PC6 as one candidate at the mean of its addresses, then its first addresses.
    const lon = inPc6.reduce((s, a) => s + a.positie[0], 0) / inPc6.length;
    const lat = inPc6.reduce((s, a) => s + a.positie[1], 0) / inPc6.length;
    const positie: LonLat = [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
    const eerste = inPc6[0];
    return {
      kandidaten: [
        {
          soort: 'pc6',
          weergave: `Postcode ${alleenPc.pc6}${eerste ? ` (${eerste.straat})` : ''} (demodata)`,
          straat: eerste?.straat ?? null,
          huisnummer: null,
          postcode: alleenPc.pc6,
          positie,
          rd: rd(positie),
          buurt: buurtVan(buurten, positie),
          herkomst: 'demo-adresregister',
        },
        ...inPc6.slice(0, MAX_KANDIDATEN - 1).map((a) => vanRegister(a, buurten)),
      ],
      melding: null,
    };
  }
  if (alleenPc.ok) {
    return {
      kandidaten: [],
      melding: `postcode ${alleenPc.pc4} is te grof: geef een postcode als 3072AB, met huisnummer`,
    };
  }

  const stNr = STRAAT_NUMMER.exec(tekst);
  const straat = normaliseer(stNr?.[1] ?? tekst);
  const huisnummer = stNr?.[2] ? Number(stNr[2]) : null;
  if (straat.length < 2)
    return { kandidaten: [], melding: `"${tekst}" is geen adres: typ straat en huisnummer` };
  const straten = [...register.perStraat.entries()]
    .filter(([s]) => s.startsWith(straat))
    .slice(0, MAX_KANDIDATEN);
  if (straten.length === 0) {
    return {
      kandidaten: [],
      melding: `geen straat "${tekst.slice(0, 60)}" in het demo-adresregister: typ straat en huisnummer, postcode en huisnummer, of een RD-coördinaat`,
    };
  }
  const kandidaten: AdresKandidaat[] = [];
  for (const [, adressen] of straten) {
    const gekozen =
      huisnummer === null ? adressen.slice(0, 1) : adressen.filter((a) => a.huisnummer === huisnummer);
    kandidaten.push(...gekozen.map((a) => vanRegister(a, buurten)));
  }
  if (kandidaten.length === 0 && huisnummer !== null) {
    return {
      kandidaten: [],
      melding: `huisnummer ${huisnummer} bestaat niet in ${straten.map(([, a]) => a[0]?.straat).join(', ')} (demodata)`,
    };
  }
  return { kandidaten: kandidaten.slice(0, MAX_KANDIDATEN), melding: null };
}
