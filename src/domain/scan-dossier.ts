/** The scan dossier's pure rules: a new dossier from the scan in the URL, the form's values to and from a dossier, who may write. */
import type { LonLat, Rol } from '../contract/common';
import type { Dossier, DossierInvoer, DossierWijziging, Oordeel } from '../contract/draagkrachtscan';
import { DOELGROEP_LABEL, WOONVORM_LABEL } from './woonvorm';
import { vergelijkLabel, vergelijkVraag, scanVraag, type ScanVraag } from './scan-vraag';

/** The server's rule (mock-api/handlers/draagkrachtscan.ts `alleenScan`): the draagkrachtscan writes, beheer reads. */
export function magDossierSchrijven(rol: Rol): boolean {
  return rol === 'draagkrachtscan';
}

/** What the scan still lacks before it can be recorded (a dossier needs woonvorm, doelgroep and capacity). */
export function ontbreektVoorDossier(vraag: ScanVraag | null): string[] {
  if (!vraag) return ['een locatie'];
  return [
    ...(vraag.woonvorm ? [] : ['de woonvorm']),
    ...(vraag.doelgroep ? [] : ['de doelgroep']),
    ...(vraag.capaciteit ? [] : ['het aantal plekken']),
  ];
}

/** The sites of the scan in the URL, in the comparison's order (the kept ones first, the current one last). */
export function scanLocaties(
  filters: Parameters<typeof vergelijkVraag>[0],
): { label: string; positie: Readonly<LonLat> }[] {
  const vergelijking = vergelijkVraag(filters);
  if (vergelijking)
    return vergelijking.locaties.map((l, i) => ({
      label: l.label ?? vergelijkLabel(i),
      positie: [l.lon, l.lat],
    }));
  const vraag = scanVraag(filters);
  return vraag ? [{ label: vergelijkLabel(0), positie: vraag.positie }] : [];
}

function kort(tekst: string, max: number): string {
  return tekst.length <= max ? tekst : `${tekst.slice(0, max - 1)}…`;
}

/**
 * A new dossier from the scan: its sites (with the nearest address where one was found; a single site is named by
 * it), the planned facility and the rings. Null when something required is missing (`ontbreektVoorDossier`).
 */
export function dossierUitScan(
  filters: Parameters<typeof vergelijkVraag>[0],
  adressen: readonly (string | null)[],
): DossierInvoer | null {
  const vraag = scanVraag(filters);
  if (!vraag?.woonvorm || !vraag.doelgroep || !vraag.capaciteit) return null;
  const locaties = scanLocaties(filters).map((l, i) => {
    const adres = adressen[i] ?? null;
    return {
      label: kort(adressen.length === 1 && adres ? adres : l.label, 80),
      adres: adres === null ? null : kort(adres, 200),
      positie: [l.positie[0], l.positie[1]] as LonLat,
    };
  });
  const waar =
    locaties.length === 1 ? (locaties[0]?.adres ?? locaties[0]?.label) : `${locaties.length} locaties`;
  return {
    titel: kort(`${WOONVORM_LABEL[vraag.woonvorm]}, ${vraag.capaciteit} plekken: ${waar}`, 200),
    initiatief: {
      woonvorm: vraag.woonvorm,
      doelgroep: vraag.doelgroep,
      capaciteit: vraag.capaciteit,
      aanbieder: vraag.aanbieder ?? null,
    },
    ...(vraag.ringen ? { ringen: [...vraag.ringen] } : {}),
    locaties,
  };
}

/** The editable part of a dossier, as the form holds it. */
export interface DossierFormulier {
  readonly titel: string;
  readonly omschrijving: string;
  readonly stappen: readonly {
    readonly code: string;
    readonly gedaan: boolean;
    readonly opmerking: string;
  }[];
  readonly mo: string;
  readonly so: string;
  readonly dv: string;
  readonly oordeel: Oordeel | null;
  readonly motivering: string;
}

export function formulierUitDossier(d: Dossier): DossierFormulier {
  return {
    titel: d.titel,
    omschrijving: d.initiatief.omschrijving,
    stappen: d.stappen.map((s) => ({ code: s.code, gedaan: s.gedaan, opmerking: s.opmerking })),
    mo: d.kwalitatief.mo,
    so: d.kwalitatief.so,
    dv: d.kwalitatief.dv,
    oordeel: d.conclusie.oordeel,
    motivering: d.conclusie.motivering,
  };
}

/** The whole content again (a PUT replaces it), from the dossier as loaded and the form, with the version it is based on. */
export function wijzigingUitFormulier(d: Dossier, f: DossierFormulier): DossierWijziging {
  return {
    versie: d.versie,
    titel: f.titel,
    initiatief: {
      omschrijving: f.omschrijving,
      aanbieder: d.initiatief.aanbieder?.id ?? null,
      woonvorm: d.initiatief.woonvorm,
      doelgroep: d.initiatief.doelgroep,
      capaciteit: d.initiatief.capaciteit,
    },
    ringen: [...d.ringen],
    locaties: d.locaties.map((l) => ({ label: l.label, adres: l.adres, positie: [...l.positie] })),
    stappen: f.stappen.map((s) => ({ code: s.code, gedaan: s.gedaan, opmerking: s.opmerking })),
    kwalitatief: { mo: f.mo, so: f.so, dv: f.dv },
    conclusie: { oordeel: f.oordeel, motivering: f.motivering },
  };
}

export function zelfdeFormulier(a: DossierFormulier, b: DossierFormulier): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export const OORDEEL_LABEL: Record<Oordeel, string> = {
  voldoende: 'Draagkracht voldoende',
  twijfelachtig: 'Draagkracht twijfelachtig',
  onvoldoende: 'Draagkracht onvoldoende',
};

/** "Beschermd wonen, Jongeren, 24 plekken". */
export function initiatiefRegel(i: Dossier['initiatief']): string {
  return `${WOONVORM_LABEL[i.woonvorm]}, ${DOELGROEP_LABEL[i.doelgroep]}, ${i.capaciteit} plekken`;
}

/** An instant as the dossier shows it: `20-11-2026 10:15`, in the Netherlands' time. */
export function toonTijdstip(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d
    .toLocaleString('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    })
    .replace(',', '');
}
