/** Data-set metadata: what the dashboard is running on, so the UI can label it. */
import { z } from 'zod';
import { Aanmelding } from './aanmelding';
import { Bron } from './common';

export const ApiModus = z.enum(['server', 'service-worker']);
export type ApiModus = z.infer<typeof ApiModus>;

export const MetaAntwoord = z.strictObject({
  bron: Bron,
  /** `service-worker`: the API runs inside the browser of a static demo build; not fit for confidential data. */
  modus: ApiModus,
  seed: z.int(),
  aantallen: z.strictObject({
    voorzieningen: z.int().nonnegative(),
    zorgaanbieders: z.int().nonnegative(),
    rgwZaken: z.int().nonnegative(),
  }),
  /** Which sign-in methods this server offers. */
  aanmelding: Aanmelding,
});
export type MetaAntwoord = z.infer<typeof MetaAntwoord>;
