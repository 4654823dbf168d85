/** The labelled fields of one facility as a role received it: only fields present on the record become rows. */
import type { Adres, Fase, FaseWissel, VoorzieningVoorRol } from '../contract/voorziening';
import { FASE_NAAM } from './escalatie';
import { toonPostcode } from './symboolgroepen';
import { DOELGROEP_LABEL, WOONVORM_LABEL } from './woonvorm';

export interface DetailVeld {
  readonly label: string;
  readonly waarde: string;
  /** Set for the website row: the value is shown as a link to this address. */
  readonly href?: string;
  /** Set for the phase row, so the UI can show the phase colour next to it. */
  readonly fase?: Fase;
  /** The management arrangements, which the UI shows together under their own heading. */
  readonly groep?: 'beheer';
}

export const BEHEERCOMMISSIE_LABEL = {
  actief: 'Actief',
  slapend: 'Slapend',
  heropgestart: 'Heropgestart',
  geen: 'Geen',
} as const;

export const BEHEERCONVENANT_LABEL = {
  actueel: 'Actueel',
  'in-actualisatie': 'Wordt geactualiseerd',
  verouderd: 'Verouderd',
  geen: 'Geen',
} as const;

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2023-04-14` → `14 april 2023`. */
export function toonDatum(iso: string): string {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? iso : DATUM.format(ms);
}

export function toonAdres(adres: Adres): string {
  const toevoeging = adres.toevoeging === undefined ? '' : `-${adres.toevoeging}`;
  return `${adres.straat} ${adres.huisnummer}${toevoeging}, ${toonPostcode(adres.postcode)} ${adres.woonplaats}`;
}

/** The host and path of a URL, without the scheme: what people read aloud. */
export function toonUrl(url: string): string {
  try {
    const u = new URL(url);
    const pad = u.pathname === '/' ? '' : u.pathname;
    return `${u.host}${pad}`;
  } catch {
    return url;
  }
}

function jaNee(waarde: boolean): string {
  return waarde ? 'Ja' : 'Nee';
}

export interface DetailOpties {
  /** The name of a CBS buurt code, when known. */
  buurtNaam?: (code: string) => string | null;
}

/** Rows in reading order. Fields the record does not have are simply absent: the UI never has to hide anything. */
export function detailVelden(v: VoorzieningVoorRol, opties: DetailOpties = {}): DetailVeld[] {
  const rijen: DetailVeld[] = [];
  if ('naam' in v) rijen.push({ label: 'Naam', waarde: v.naam });
  if ('zorgaanbieder' in v) rijen.push({ label: 'Zorgaanbieder', waarde: v.zorgaanbieder.naam });
  rijen.push({ label: 'Woonvorm', waarde: WOONVORM_LABEL[v.woonvorm] });
  if ('doelgroep' in v) rijen.push({ label: 'Doelgroep', waarde: DOELGROEP_LABEL[v.doelgroep] });
  if ('capaciteit' in v) rijen.push({ label: 'Capaciteit (plaatsen)', waarde: String(v.capaciteit) });
  if ('pc4' in v) rijen.push({ label: 'Postcodegebied', waarde: v.pc4 });
  if ('pc6' in v) rijen.push({ label: 'Postcode', waarde: toonPostcode(v.pc6) });
  if ('adres' in v) rijen.push({ label: 'Adres', waarde: toonAdres(v.adres) });
  if ('buurt' in v) {
    const naam = opties.buurtNaam?.(v.buurt) ?? null;
    rijen.push({ label: 'Buurt', waarde: naam === null ? v.buurt : `${naam} (${v.buurt})` });
  }
  if ('fase' in v)
    rijen.push({ label: 'Fase', waarde: `Fase ${v.fase}: ${FASE_NAAM[v.fase]}`, fase: v.fase });
  if ('beheer' in v) {
    rijen.push(
      { label: 'Beheercommissie', waarde: BEHEERCOMMISSIE_LABEL[v.beheer.beheercommissie], groep: 'beheer' },
      { label: 'Beheerconvenant', waarde: BEHEERCONVENANT_LABEL[v.beheer.beheerconvenant], groep: 'beheer' },
      {
        label: 'Meldingenregister bijgehouden',
        waarde: jaNee(v.beheer.meldingenregisterBijgehouden),
        groep: 'beheer',
      },
      { label: 'Meldkaart', waarde: jaNee(v.beheer.meldkaart), groep: 'beheer' },
    );
  }
  if ('startdatum' in v) rijen.push({ label: 'Startdatum', waarde: toonDatum(v.startdatum) });
  if ('url' in v) rijen.push({ label: 'Website', waarde: toonUrl(v.url), href: v.url });
  return rijen;
}

/** The phase history, newest first, or null when the role did not receive it. */
export function faseHistorie(v: VoorzieningVoorRol): readonly FaseWissel[] | null {
  if (!('faseHistorie' in v)) return null;
  return [...v.faseHistorie].reverse();
}

/** A confidential location is only known at buurt level; the UI says so instead of pretending to be precise. */
export function isVertrouwelijk(v: VoorzieningVoorRol): boolean {
  return 'vertrouwelijk' in v && v.vertrouwelijk;
}

/** A title for a card: the name when the role received it, otherwise the housing form. */
export function titelVan(v: VoorzieningVoorRol): string {
  return 'naam' in v ? v.naam : `${WOONVORM_LABEL[v.woonvorm]} (vertrouwelijke locatie)`;
}
