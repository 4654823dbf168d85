/** The audit trail and the check of its chain, for `beheer`. */
import { AuditAntwoord, AuditControleAntwoord } from '../contract/audit';
import { type AuditQuery, PADEN } from '../contract/endpoints';
import { maakBron, type BronToestand } from './bron';
import { vraag, type VerzoekOpties } from './client';
import { useSessie, type Sessie } from './sessie';

export function haalAudit(
  sessie: Sessie,
  filter: AuditQuery,
  opties: Pick<VerzoekOpties, 'signal' | 'basisUrl'> = {},
): Promise<AuditAntwoord> {
  const query: Record<string, string | undefined> = {};
  for (const [sleutel, waarde] of Object.entries(filter)) {
    if (waarde !== undefined) query[sleutel] = String(waarde);
  }
  return vraag(PADEN.audit, AuditAntwoord, { ...opties, token: sessie.token, query, verwachteRol: 'beheer' });
}

export function haalAuditControle(
  sessie: Sessie,
  opties: Pick<VerzoekOpties, 'signal' | 'basisUrl'> = {},
): Promise<AuditControleAntwoord> {
  return vraag(PADEN.auditControle, AuditControleAntwoord, { ...opties, token: sessie.token });
}

const lijst = maakBron(
  (signal, sessie: Sessie, filter: AuditQuery) => haalAudit(sessie, filter, { signal }),
  (sessie, filter) => JSON.stringify([sessie.token, filter]),
);
const controle = maakBron(
  (signal, sessie: Sessie) => haalAuditControle(sessie, { signal }),
  (sessie) => JSON.stringify([sessie.token]),
);

export function useAudit(filter: AuditQuery | null): BronToestand<AuditAntwoord> {
  const sessie = useSessie();
  return lijst.useBron(filter === null ? null : [sessie, filter]);
}

export function useAuditControle(aan: boolean): BronToestand<AuditControleAntwoord> {
  const sessie = useSessie();
  return controle.useBron(aan ? [sessie] : null);
}

/** Asks again: the trail grows with every read, so "Vernieuwen" shows the rows since. */
export function verversAudit(): void {
  lijst.ververs();
  controle.ververs();
}
