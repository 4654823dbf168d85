/** The one error type of the import: a Dutch message that names the source, the feature (index and code) and the field. */

export type BronNaam = 'buurten' | 'pc4';

export interface FoutPlek {
  readonly bron: BronNaam;
  /** 0-based position in the source's feature list; absent for collection-level fields such as `crs`. */
  readonly index?: number;
  readonly code?: string | null;
  readonly veld: string;
}

/** Thrown for malformed input; the CLI prints the message and exits non-zero, leaving the geography untouched. */
export class ImportFout extends Error {
  readonly plek: FoutPlek;

  constructor(plek: FoutPlek, uitleg: string) {
    super(`${beschrijfPlek(plek)}: ${uitleg}`);
    this.name = 'ImportFout';
    this.plek = plek;
  }
}

export function beschrijfPlek({ bron, index, code, veld }: FoutPlek): string {
  if (index === undefined) return `${bron}, veld ${veld}`;
  return `${bron}, feature ${index} (${code ?? 'zonder code'}), veld ${veld}`;
}
