/** The audit trail as `beheer` reads it: who did or read what, when, with the hash chain that proves nothing changed. */
import { z } from 'zod';
import { Rol, Tijdstip } from './common';

export const AuditRegel = z.strictObject({
  volgnummer: z.int().positive(),
  tijd: Tijdstip,
  wie: z.string(),
  rol: z.string(),
  organisatie: z.string().nullable(),
  /** `inloggen`, `lezen-adresniveau`, `fasewissel`, `import`, `export`, … */
  wat: z.string(),
  doel: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  vorigeHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditRegel = z.infer<typeof AuditRegel>;

export const AuditAntwoord = z.strictObject({
  rol: z.literal('beheer' satisfies Rol),
  regels: z.array(AuditRegel),
  /** The `voor` of the next (older) page; null on the last page. */
  volgende: z.int().positive().nullable(),
});
export type AuditAntwoord = z.infer<typeof AuditAntwoord>;

/** The result of walking the whole chain. */
export const AuditControleAntwoord = z.discriminatedUnion('goed', [
  z.strictObject({ goed: z.literal(true), regels: z.int().nonnegative(), laatsteHash: z.string() }),
  z.strictObject({
    goed: z.literal(false),
    regels: z.int().nonnegative(),
    volgnummer: z.int().positive(),
    probleem: z.enum(['gewijzigd', 'ingevoegd-of-verwijderd']),
    melding: z.string(),
  }),
]);
export type AuditControleAntwoord = z.infer<typeof AuditControleAntwoord>;
