/**
 * The scan dossiers for the municipality's roles: the list, opening one (with its purpose), the draagkrachtscan's
 * writes (create, save, definitief, correction) and the exports. Loaded only with the dossier section, which is lazy.
 */
import type { z } from 'zod';
import {
  DossierAntwoord,
  DossierLijstAntwoord,
  type Dossier,
  type DossierInvoer,
  type DossierWijziging,
} from '../contract/draagkrachtscan';
import { PADEN, pad } from '../contract/endpoints';
import { maakBron, type BronToestand } from './bron';
import { haalBestand, vraag, type Bestand, type VerzoekOpties } from './client';
import { useSessie, type Sessie } from './sessie';

type Opties = Pick<VerzoekOpties, 'signal' | 'basisUrl'>;

function metSessie(sessie: Sessie, opties: Opties = {}) {
  return { ...opties, token: sessie.token, verwachteRol: sessie.gebruiker.rol };
}

export interface DossierFilter {
  readonly zoek?: string | undefined;
  readonly status?: 'concept' | 'definitief' | undefined;
}

export function haalDossiers(
  sessie: Sessie,
  filter: DossierFilter,
  opties: Opties = {},
): Promise<DossierLijst> {
  return vraag(PADEN.scanDossiers, DossierLijstAntwoord, {
    ...metSessie(sessie, opties),
    query: { zoek: filter.zoek?.trim() || undefined, status: filter.status },
  });
}

/** Opens a dossier; the purpose is required and written to the audit trail. `versie`: an earlier version. */
export async function haalDossier(
  sessie: Sessie,
  id: string,
  vraagOpties: { doel: string; versie?: number | null | undefined },
  opties: Opties = {},
): Promise<Dossier> {
  const antwoord = await vraag(pad(PADEN.scanDossier, { id }), DossierAntwoord, {
    ...metSessie(sessie, opties),
    query: {
      doel: vraagOpties.doel,
      versie: vraagOpties.versie == null ? undefined : String(vraagOpties.versie),
    },
  });
  return antwoord.dossier;
}

async function schrijf(
  sessie: Sessie,
  pad: string,
  methode: 'POST' | 'PUT',
  body: unknown,
): Promise<Dossier> {
  const antwoord = await vraag(pad, DossierAntwoord, { ...metSessie(sessie), methode, body });
  // The list shows the newest change first: load it again, keeping what it shows until then.
  dossierLijst.ververs();
  return antwoord.dossier;
}

export function maakDossierAan(sessie: Sessie, invoer: DossierInvoer): Promise<Dossier> {
  return schrijf(sessie, PADEN.scanDossiers, 'POST', invoer);
}

/** Saves a concept; `versie` is the version it was based on (409 `dossier_conflict` when another came first). */
export function slaDossierOp(sessie: Sessie, id: string, wijziging: DossierWijziging): Promise<Dossier> {
  return schrijf(sessie, pad(PADEN.scanDossier, { id }), 'PUT', wijziging);
}

export function maakDossierDefinitief(sessie: Sessie, id: string, versie: number): Promise<Dossier> {
  return schrijf(sessie, pad(PADEN.scanDossierDefinitief, { id }), 'POST', { versie });
}

export function corrigeerDossier(sessie: Sessie, id: string, reden: string): Promise<Dossier> {
  return schrijf(sessie, pad(PADEN.scanDossierCorrectie, { id }), 'POST', { reden });
}

export const EXPORTS = {
  pdf: { pad: PADEN.scanRapportPdf, titel: 'Rapport (PDF)', extensie: 'pdf' },
  csv: { pad: PADEN.scanVoorzieningenCsv, titel: 'Voorzieningen in de ringen (CSV)', extensie: 'csv' },
  geojson: { pad: PADEN.scanLocatiesGeojson, titel: 'Locaties en ringen (GeoJSON)', extensie: 'geojson' },
} as const;
export type ExportSoort = keyof typeof EXPORTS;

/** One export of one version, with the session's purpose; the server writes it to the audit trail. */
export function haalExport(
  sessie: Sessie,
  soort: ExportSoort,
  dossier: Pick<Dossier, 'id' | 'versie'>,
  doel: string | null,
): Promise<Bestand> {
  const e = EXPORTS[soort];
  return haalBestand(
    pad(e.pad, { id: dossier.id }),
    `draagkrachtscan-${dossier.id}-v${dossier.versie}.${e.extensie}`,
    { token: sessie.token, query: { versie: String(dossier.versie), doel: doel ?? undefined } },
  );
}

type DossierLijst = z.infer<typeof DossierLijstAntwoord>;

const sessieSleutel = (sessie: Sessie) => [sessie.gebruiker.rol, sessie.token] as const;

const dossierLijst = maakBron(
  (signal, sessie: Sessie, filter: DossierFilter) => haalDossiers(sessie, filter, { signal }),
  (sessie, filter) => JSON.stringify([...sessieSleutel(sessie), filter.zoek ?? '', filter.status ?? '']),
);

export function useDossierLijst(filter: DossierFilter): BronToestand<DossierLijst> {
  const sessie = useSessie();
  return dossierLijst.useBron([sessie, filter]);
}

export interface DossierVraag {
  readonly id: string;
  readonly versie: number | null;
  readonly doel: string;
  /**
   * A number of the caller's: every opening is a request of its own (and an audit row), never an earlier answer
   * from the cache; a new number loads again (after a 409).
   */
  readonly keer: number;
}

const dossierBron = maakBron(
  (signal, sessie: Sessie, v: DossierVraag) =>
    haalDossier(sessie, v.id, { doel: v.doel, versie: v.versie }, { signal }),
  (sessie, v) => JSON.stringify([...sessieSleutel(sessie), v.id, v.versie, v.doel, v.keer]),
);

/** `null`: nothing is asked (no purpose yet). */
export function useDossier(v: DossierVraag | null): BronToestand<Dossier> {
  const sessie = useSessie();
  return dossierBron.useBron(v === null ? null : [sessie, v]);
}
