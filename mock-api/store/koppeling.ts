/**
 * The store wired into the API (Node only: the server and the tests): the per-request data reader, the store's writes
 * and audit reads with their errors as API errors, and the batched audit queue.
 */
import type { AuditWachtrij, OpslagDiensten } from '../context';
import type { DemoDataset } from '../generate/dataset-types';
import { ApiFout, nietGevonden, ongeldigeInvoer } from '../http/fout';
import { controleerAudit, leesAudit } from './audit';
import { maakAuditWachtrij } from './audit-wachtrij';
import { gegevensUitOpslag, type OpslagLezer } from './gegevens';
import { legFaseWisselVast, OpslagFout } from './opslag';
import type { Verbinding } from './verbinding';

export interface OpslagKoppeling {
  db: Verbinding;
  gegevens: OpslagLezer;
  diensten: OpslagDiensten;
  audit: AuditWachtrij;
}

export function koppelOpslag(
  db: Verbinding,
  gebieden: Pick<DemoDataset, 'buurten' | 'wijken' | 'pc4'>,
  opties: { nu?: () => Date; auditIntervalMs?: number } = {},
): OpslagKoppeling {
  return {
    db,
    gegevens: gegevensUitOpslag(db, gebieden),
    audit: maakAuditWachtrij(db, {
      ...(opties.nu ? { nu: opties.nu } : {}),
      ...(opties.auditIntervalMs === undefined ? {} : { intervalMs: opties.auditIntervalMs }),
    }),
    diensten: {
      async legFaseWisselVast(invoer, nu) {
        try {
          return await legFaseWisselVast(db, invoer, nu);
        } catch (fout) {
          if (!(fout instanceof OpslagFout)) throw fout;
          if (fout.code === 'onbekende_voorziening') {
            throw nietGevonden(`voorziening "${invoer.voorziening}" niet gevonden`);
          }
          // A missing reason is bad input; a move the ladder does not allow from the current phase is a conflict.
          if (fout.field === 'reden') throw ongeldigeInvoer(fout.message, 'reden');
          throw new ApiFout(409, 'fasewissel_ongeldig', fout.message, fout.field);
        }
      },
      leesAudit: (filter) => leesAudit(db, filter),
      controleerAudit: () => controleerAudit(db),
    },
  };
}
