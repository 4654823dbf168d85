/** How an audit row reads in the beheer panel: what happened, in words, and its details in one line. */
import type { AuditRegel } from '../contract/audit';

export const AUDIT_SOORTEN: Readonly<Record<string, string>> = {
  inloggen: 'Inloggen',
  'lezen-adresniveau': 'Voorzieningen op adresniveau gelezen',
  'lezen-rgw-fijn': 'RGW-dichtheid per zeshoek of buurt gelezen',
  fasewissel: 'Fase gewijzigd',
  import: 'Import',
  export: 'Export',
  'lezen-scan-analyse': 'Draagkrachtscan: analyse rond een locatie',
  'scandossier-openen': 'Scandossier geopend',
  'scandossier-aanmaken': 'Scandossier aangemaakt',
  'scandossier-wijzigen': 'Scandossier gewijzigd (concept)',
  'scandossier-definitief': 'Scandossier definitief gemaakt',
  'scandossier-correctie': 'Scandossier gecorrigeerd (nieuwe versie)',
};

export function auditSoort(wat: string): string {
  return AUDIT_SOORTEN[wat] ?? wat;
}

/** The details as `sleutel: waarde` pairs in a fixed order, the counts of a batch of reads first. */
export function auditDetails(regel: Pick<AuditRegel, 'details'>): string {
  const { aantal, eerste, laatste, ...rest } = regel.details;
  const delen = Object.entries(rest)
    .filter(([, w]) => w !== null && w !== '' && w !== undefined)
    .map(([k, w]) => `${k}: ${typeof w === 'string' ? w : JSON.stringify(w)}`);
  if (typeof aantal === 'number') {
    const tijden = typeof eerste === 'string' && typeof laatste === 'string' && eerste !== laatste;
    delen.unshift(
      `${aantal}× ${tijden ? `(${eerste.slice(11, 19)}–${laatste.slice(11, 19)} UTC)` : ''}`.trim(),
    );
  }
  return delen.join(' · ');
}
