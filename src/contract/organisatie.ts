/** Organisations and demo sign-in: who the caller is, carried in a signed token. */
import { z } from 'zod';
import { Rol, Tijdstip } from './common';

/** Care providers are `za-01` … `za-23`; the municipality is `gm0599`. */
export const OrganisatieId = z.string().regex(/^(za-[0-9]{2}|gm0599)$/, 'onbekend organisatie-id');
export const Organisatie = z.strictObject({ id: OrganisatieId, naam: z.string().min(1) });
export type Organisatie = z.infer<typeof Organisatie>;

export const Gebruiker = z.strictObject({
  rol: Rol,
  naam: z.string().min(1),
  organisatie: Organisatie.nullable(),
});
export type Gebruiker = z.infer<typeof Gebruiker>;

export const DemoLoginVerzoek = z.discriminatedUnion('rol', [
  z.strictObject({ rol: z.literal('zorgaanbieder'), organisatie: OrganisatieId }),
  z.strictObject({ rol: z.literal('draagkrachtscan') }),
  z.strictObject({ rol: z.literal('beheer') }),
]);
export type DemoLoginVerzoek = z.infer<typeof DemoLoginVerzoek>;

export const DemoLoginAntwoord = z.strictObject({
  token: z.string().min(1),
  gebruiker: Gebruiker,
  verlooptOp: Tijdstip,
});
export type DemoLoginAntwoord = z.infer<typeof DemoLoginAntwoord>;

export const SessieAntwoord = z.strictObject({ gebruiker: Gebruiker });
export type SessieAntwoord = z.infer<typeof SessieAntwoord>;

export const OrganisatiesAntwoord = z.strictObject({ organisaties: z.array(Organisatie) });
export type OrganisatiesAntwoord = z.infer<typeof OrganisatiesAntwoord>;
