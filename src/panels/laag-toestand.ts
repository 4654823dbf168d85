/** What the layer control shows for one data layer: on or off, loading, failed (with the reason and a retry), and where its data comes from. */
import type { Bron } from '../contract/common';
import type { DatalaagId } from '../domain/datalagen';

export type LaagStatus = 'laden' | 'ok' | 'fout';

export interface LaagToestand {
  readonly id: DatalaagId;
  /** Dutch, as in src/domain/datalagen.ts. */
  readonly titel: string;
  readonly aan: boolean;
  readonly status: LaagStatus;
  /** With `fout`: what went wrong, in words a user understands (the ApiFout message). */
  readonly melding?: string;
  /** With `fout`: loads this layer again, and nothing else. */
  readonly opnieuw?: () => void;
  /** From the layer's API answer; absent until it arrived. */
  readonly bron?: Bron;
  /** A short line under the title, e.g. "42 postcodegebieden". */
  readonly samenvatting?: string;
}
