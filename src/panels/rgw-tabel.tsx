/** The table twin of the RGW density layer: every cell, buurt or focus area with its count ("minder dan 5" where suppressed), sortable, and synced with the map selection. */
import type { RgwWeergave } from './rgw-staat';
import { MINDER_DAN_5, sorteerWaarde, tellingTekst, type RgwRij } from '../domain/rgw-tabel';
import { DataTabel, type Kolom } from './data-tabel';

interface Props {
  weergave: RgwWeergave;
  geselecteerd: string | null;
  onSelecteer: (sleutel: string) => void;
}

const SOORT_KOP = { h3: 'Zeshoek', buurt: 'Buurt', focusgebied: 'Focusgebied' } as const;
const BIJSCHRIFT = {
  h3: 'RGW-zaken per zeshoek (H3)',
  buurt: 'RGW-zaken per buurt',
  focusgebied: 'RGW-zaken per focusgebied',
} as const;

function kolommen(weergave: RgwWeergave): Kolom<RgwRij>[] {
  const { niveau, minimum } = weergave.antwoord;
  const aantal: Kolom<RgwRij> = {
    id: 'aantal',
    kop: 'Zaken',
    numeriek: true,
    waarde: (r) => sorteerWaarde(r.telling, minimum),
    toon: (r) =>
      r.telling.onderdrukt ? <span className="rgw-te-weinig">{MINDER_DAN_5}</span> : tellingTekst(r.telling),
  };
  // Cells share buurt names: the index under the name tells them apart (and names the row for a screen reader).
  // Two columns only, so "minder dan 5" has room on a phone too.
  const naam: Kolom<RgwRij> = {
    id: 'naam',
    kop: SOORT_KOP[niveau],
    waarde: (r) => r.naam,
    ...(niveau === 'h3'
      ? {
          toon: (r: RgwRij) => (
            <>
              {r.naam} <code className="rgw-code">{r.code}</code>
            </>
          ),
        }
      : {}),
  };
  return [naam, aantal];
}

export function RgwTabel({ weergave, geselecteerd, onSelecteer }: Props) {
  const niveau = weergave.antwoord.niveau;
  return (
    <DataTabel
      bijschrift={`${BIJSCHRIFT[niveau]} ${weergave.periode}`}
      kolommen={kolommen(weergave)}
      rijen={weergave.rijen}
      rijSleutel={(r) => r.sleutel}
      selectieSleutel={(r) => r.sleutel}
      geselecteerd={geselecteerd}
      onSelecteer={onSelecteer}
      standaardSortering={{ kolom: 'aantal', richting: 'aflopend' }}
      leeg={`Geen zaken ${weergave.periode} met deze keuze.`}
    />
  );
}
