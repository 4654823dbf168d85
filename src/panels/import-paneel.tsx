/**
 * The side-panel section "Importeren", for beheer only: download the template, choose a file, see the dry run's
 * report (errors by line and column), then confirm; a progress indicator while the server works, and the final report.
 */
import { bewaarBestand } from '../api/bewaar-bestand';
import { useId, useRef, useState } from 'react';
import { MAX_IMPORT_BYTES, type ImportRapport } from '../contract/import';
import { haalSjabloon, importeerVoorzieningen } from '../api/import';
import { isApiFout } from '../api/client';
import { useSessie } from '../api/sessie';

type Stap =
  | { soort: 'kiezen' }
  | { soort: 'bezig'; wat: 'proef' | 'uitvoeren' }
  | { soort: 'proef'; rapport: ImportRapport }
  | { soort: 'klaar'; rapport: ImportRapport }
  | { soort: 'fout'; melding: string };

function Samenvatting({ rapport }: { rapport: ImportRapport }) {
  const regels: [string, number][] = [
    ['Gelezen', rapport.gelezen],
    ['Nieuw', rapport.toegevoegd],
    ['Gewijzigd', rapport.gewijzigd],
    ['Ongewijzigd', rapport.ongewijzigd],
    ['Gearchiveerd', rapport.gearchiveerd],
    ['Fasewissels', rapport.faseWissels],
    ['Geweigerd', rapport.geweigerd],
  ];
  return (
    <dl className="import-samenvatting">
      {regels.map(([naam, n]) => (
        <div key={naam}>
          <dt>{naam}</dt>
          <dd>{n.toLocaleString('nl-NL')}</dd>
        </div>
      ))}
      {rapport.nieuweOrganisaties.length > 0 ? (
        <div>
          <dt>Nieuwe zorgaanbieders</dt>
          <dd>{rapport.nieuweOrganisaties.join(', ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function FoutenTabel({ rapport }: { rapport: ImportRapport }) {
  return (
    <table className="data-tabel import-fouten">
      <caption>
        {rapport.fouten.length} {rapport.fouten.length === 1 ? 'fout' : 'fouten'}: het hele bestand is
        geweigerd, er is niets veranderd
      </caption>
      <thead>
        <tr>
          <th scope="col">Regel</th>
          <th scope="col">Kolom</th>
          <th scope="col">Waarde</th>
          <th scope="col">Melding</th>
        </tr>
      </thead>
      <tbody>
        {rapport.fouten.map((f, i) => (
          <tr key={i}>
            <td>{f.regel}</td>
            <td>{f.kolom ?? ''}</td>
            <td>{f.waarde ?? ''}</td>
            <td>{f.melding}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ImportPaneel() {
  const sessie = useSessie();
  const [bestand, setBestand] = useState<File | null>(null);
  const [vervang, setVervang] = useState(false);
  const [stap, setStap] = useState<Stap>({ soort: 'kiezen' });
  const bestandId = useId();
  const vervangId = useId();
  const titel = useRef<HTMLHeadingElement>(null);
  const token = sessie.token;
  if (sessie.gebruiker.rol !== 'beheer' || !token) return null;

  async function voerUit(modus: 'proef' | 'uitvoeren') {
    if (!bestand || !token) return;
    if (bestand.size > MAX_IMPORT_BYTES) {
      setStap({
        soort: 'fout',
        melding: `Het bestand is te groot: hooguit ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
      });
      return;
    }
    setStap({ soort: 'bezig', wat: modus });
    try {
      const rapport = await importeerVoorzieningen(bestand, { modus, vervang, token });
      setStap(modus === 'proef' ? { soort: 'proef', rapport } : { soort: 'klaar', rapport });
    } catch (e) {
      setStap({ soort: 'fout', melding: isApiFout(e) ? e.message : 'Het importeren is mislukt.' });
    }
  }

  async function sjabloon(soort: 'csv' | 'xlsx') {
    if (!token) return;
    try {
      bewaarBestand(await haalSjabloon(soort, token), `voorzieningen-sjabloon.${soort}`);
    } catch (e) {
      setStap({
        soort: 'fout',
        melding: isApiFout(e) ? e.message : 'Het sjabloon kon niet worden opgehaald.',
      });
    }
  }

  const bezig = stap.soort === 'bezig';
  return (
    <section className="paneel import-paneel" aria-labelledby={`${bestandId}-titel`}>
      <h2 id={`${bestandId}-titel`} ref={titel} tabIndex={-1}>
        Importeren
      </h2>
      <p>
        Lees de inventaris van voorzieningen in uit een CSV- of Excel-bestand. Eerst volgt een proef: er
        verandert pas iets als je die bevestigt.
      </p>
      <div className="import-paneel__knoppen">
        <button type="button" onClick={() => void sjabloon('csv')}>
          Sjabloon (CSV)
        </button>
        <button type="button" onClick={() => void sjabloon('xlsx')}>
          Sjabloon (Excel)
        </button>
      </div>
      <label htmlFor={bestandId}>Bestand (CSV of Excel, hooguit 5 MB)</label>
      <input
        id={bestandId}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={bezig}
        onChange={(e) => {
          setBestand(e.currentTarget.files?.[0] ?? null);
          setStap({ soort: 'kiezen' });
        }}
      />
      <div className="import-paneel__keuze">
        <input
          id={vervangId}
          type="checkbox"
          checked={vervang}
          disabled={bezig}
          onChange={(e) => {
            setVervang(e.currentTarget.checked);
            setStap({ soort: 'kiezen' });
          }}
        />
        <label htmlFor={vervangId}>Vervangen: locaties die niet in het bestand staan archiveren</label>
      </div>
      <button type="button" disabled={!bestand || bezig} onClick={() => void voerUit('proef')}>
        Proefimport controleren
      </button>
      <div role="status" aria-live="polite" className="import-paneel__status">
        {bezig ? (
          <>
            <progress
              aria-label={stap.wat === 'proef' ? 'Bestand wordt gecontroleerd' : 'Bezig met importeren'}
            />{' '}
            {stap.wat === 'proef' ? 'Bestand wordt gecontroleerd…' : 'Bezig met importeren…'}
          </>
        ) : stap.soort === 'proef' ? (
          stap.rapport.fouten.length > 0 ? (
            'Proef: het bestand heeft fouten en kan zo niet worden geïmporteerd.'
          ) : (
            'Proef geslaagd: er is nog niets veranderd. Bevestig om te importeren.'
          )
        ) : stap.soort === 'klaar' ? (
          stap.rapport.uitgevoerd ? (
            'Geïmporteerd en vastgelegd in de audittrail.'
          ) : (
            'Niet geïmporteerd: het bestand is geweigerd.'
          )
        ) : stap.soort === 'fout' ? (
          <span className="import-paneel__fout">{stap.melding}</span>
        ) : null}
      </div>
      {stap.soort === 'proef' || stap.soort === 'klaar' ? (
        <>
          <Samenvatting rapport={stap.rapport} />
          {stap.rapport.fouten.length > 0 ? <FoutenTabel rapport={stap.rapport} /> : null}
        </>
      ) : null}
      {stap.soort === 'proef' && stap.rapport.fouten.length === 0 ? (
        <button type="button" className="knop--primair" onClick={() => void voerUit('uitvoeren')}>
          Importeren bevestigen
        </button>
      ) : null}
    </section>
  );
}
