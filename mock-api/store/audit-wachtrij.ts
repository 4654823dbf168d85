/**
 * How the API appends to the audit trail without a database write per request: reads of address-level data are
 * counted in memory and written once a second (or when many are waiting) as one row per who, what and details, with
 * the number of reads and the first and last time; sign-ins are written at once. Without a store there is no trail.
 */
import type { AuditWachtrij } from '../context';
import { type AuditInvoer, schrijfAudit, schrijfAuditIn } from './audit';
import type { Verbinding } from './verbinding';

/** How long reads wait before they are written: a request never waits for the trail. */
const STANDAARD_INTERVAL_MS = 1_000;
/** Different entries waiting before they are written early. */
const MAX_WACHTEND = 500;

interface Wachtend {
  invoer: AuditInvoer;
  aantal: number;
  eerste: string;
  laatste: string;
}

export function maakAuditWachtrij(
  db: Verbinding,
  opties: { nu?: () => Date; intervalMs?: number } = {},
): AuditWachtrij {
  const nu = opties.nu ?? (() => new Date());
  let wachtend = new Map<string, Wachtend>();
  let bezig: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | null = null;

  function schrijfWachtende(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (wachtend.size === 0) return bezig;
    const batch = [...wachtend.values()];
    wachtend = new Map();
    // One after another: each batch extends the chain the one before ended.
    bezig = bezig.then(() =>
      db
        .transactie(async (tx) => {
          const tijd = nu();
          for (const w of batch) {
            await schrijfAuditIn(
              tx,
              {
                ...w.invoer,
                details: { ...w.invoer.details, aantal: w.aantal, eerste: w.eerste, laatste: w.laatste },
              },
              tijd,
            );
          }
        })
        .catch((fout: unknown) => {
          console.error('[audit] schrijven van de audittrail mislukt:', fout);
        }),
    );
    return bezig;
  }

  return {
    noteer(invoer) {
      const sleutel = JSON.stringify([
        invoer.wie,
        invoer.rol,
        invoer.organisatie,
        invoer.wat,
        invoer.doel ?? null,
        invoer.details ?? {},
      ]);
      const tijd = nu().toISOString();
      const w = wachtend.get(sleutel);
      if (w) {
        w.aantal += 1;
        w.laatste = tijd;
      } else {
        wachtend.set(sleutel, { invoer, aantal: 1, eerste: tijd, laatste: tijd });
      }
      if (wachtend.size >= MAX_WACHTEND) void schrijfWachtende();
      else if (!timer) {
        timer = setTimeout(() => void schrijfWachtende(), opties.intervalMs ?? STANDAARD_INTERVAL_MS);
        timer.unref?.();
      }
    },
    async schrijf(invoer) {
      await schrijfWachtende();
      await schrijfAudit(db, invoer, nu());
    },
    leeg: schrijfWachtende,
    stop: schrijfWachtende,
  };
}
