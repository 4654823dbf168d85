/** Imports by `beheer`: the report a dry run or an import answers with, the same in the CLI and the API. */
import { z } from 'zod';

/** The largest file the import endpoint reads: 78 locations are a few KB; 5 MB leaves room for a city-wide inventory. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const ImportSoort = z.enum(['voorzieningen', 'rgw-zaken']);
export type ImportSoort = z.infer<typeof ImportSoort>;

export const ImportModus = z.enum(['proef', 'uitvoeren']);
export type ImportModus = z.infer<typeof ImportModus>;

/** One problem in the file: the line as a spreadsheet numbers it (the header is line 1) and the column at fault. */
export const ImportFout = z.strictObject({
  regel: z.int().nonnegative(),
  /** The column's header name; absent for a problem with the file or the row as a whole. */
  kolom: z.string().optional(),
  waarde: z.string().optional(),
  melding: z.string().min(1),
});
export type ImportFout = z.infer<typeof ImportFout>;

export const ImportRapport = z.strictObject({
  soort: ImportSoort,
  modus: ImportModus,
  vervang: z.boolean(),
  /** True when the changes were written (an import without errors, not a dry run). */
  uitgevoerd: z.boolean(),
  /** Data rows read (the header not counted). */
  gelezen: z.int().nonnegative(),
  toegevoegd: z.int().nonnegative(),
  gewijzigd: z.int().nonnegative(),
  ongewijzigd: z.int().nonnegative(),
  /** Locations missing from a replacing import: archived with their history, never deleted. */
  gearchiveerd: z.int().nonnegative(),
  /** Rows with at least one error. Any error refuses the whole file. */
  geweigerd: z.int().nonnegative(),
  faseWissels: z.int().nonnegative(),
  nieuweOrganisaties: z.array(z.string()),
  fouten: z.array(ImportFout),
  duurMs: z.number().nonnegative(),
});
export type ImportRapport = z.infer<typeof ImportRapport>;

export const ImportQuery = z.strictObject({
  modus: ImportModus,
  vervang: z.enum(['0', '1']).optional(),
});

/** The inventory's columns, in the template's order (README "Importeren"). `lat`, `lon` may replace `x_rd`, `y_rd`. */
export const VOORZIENING_KOLOMMEN = [
  'locatiecode',
  'naam',
  'zorgaanbieder',
  'straat',
  'huisnummer',
  'toevoeging',
  'postcode',
  'woonvorm',
  'doelgroep',
  'capaciteit',
  'fase',
  'fase_sinds',
  'vertrouwelijk',
  'x_rd',
  'y_rd',
] as const;

export const RGW_ZAAK_KOLOMMEN = [
  'zaaknummer',
  'postcode',
  'huisnummer',
  'x_rd',
  'y_rd',
  'geopend',
  'gesloten',
  'categorie',
  'bron',
  'aanpak',
] as const;
