/** For `beheer` in the detail panel: records a move on the escalatieladder; the server checks the ladder's rules. */
import { useId, useState, type FormEvent } from 'react';
import { wijzigFase } from '../api/fase-wissel';
import { isApiFout } from '../api/client';
import { useSessie } from '../api/sessie';
import type { Fase } from '../contract/voorziening';
import { FASEN, faseLabel } from '../domain/escalatie';

type Veld = 'naar' | 'datum' | 'reden';

interface Props {
  id: string;
  /** The location's current phase: not offered as a target. */
  fase: Fase;
}

function vandaag(): string {
  const nu = new Date();
  return `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, '0')}-${String(nu.getDate()).padStart(2, '0')}`;
}

export function FaseFormulier({ id, fase }: Props) {
  const sessie = useSessie();
  const basis = useId();
  const [naar, setNaar] = useState<Fase | ''>('');
  const [datum, setDatum] = useState(vandaag);
  const [reden, setReden] = useState('');
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<{ veld: Veld | null; melding: string } | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    setGelukt(null);
    if (naar === '') {
      setFout({ veld: 'naar', melding: 'Kies de nieuwe fase.' });
      return;
    }
    setBezig(true);
    setFout(null);
    try {
      const antwoord = await wijzigFase(sessie, id, {
        naar,
        datum,
        ...(reden.trim() ? { reden: reden.trim() } : {}),
      });
      setGelukt(`Vastgelegd: ${faseLabel(antwoord.fase)} per ${antwoord.wissel.datum}.`);
      setNaar('');
      setReden('');
    } catch (f) {
      const veld =
        isApiFout(f) && (f.field === 'naar' || f.field === 'datum' || f.field === 'reden') ? f.field : null;
      setFout({ veld, melding: f instanceof Error ? f.message : 'De fase kon niet worden gewijzigd.' });
    } finally {
      setBezig(false);
    }
  }

  const foutId = (veld: Veld) => `${basis}-${veld}-fout`;
  const foutBij = (veld: Veld) =>
    fout?.veld === veld ? (
      <p className="veld__fout" id={foutId(veld)} role="alert">
        {fout.melding}
      </p>
    ) : null;
  const veldProps = (veld: Veld) => ({
    'aria-invalid': fout?.veld === veld,
    'aria-describedby': fout?.veld === veld ? foutId(veld) : undefined,
  });

  return (
    <form
      className="fase-formulier"
      aria-labelledby={`${basis}-kop`}
      onSubmit={(e) => void verstuur(e)}
      noValidate
    >
      <h4 id={`${basis}-kop`}>Fase wijzigen</h4>
      <div className="veld">
        <label htmlFor={`${basis}-naar`}>Naar fase</label>
        <select
          id={`${basis}-naar`}
          value={naar}
          onChange={(e) => setNaar(e.target.value === '' ? '' : (e.target.value as Fase))}
          {...veldProps('naar')}
        >
          <option value="">Kies een fase…</option>
          {FASEN.filter((f) => f !== fase).map((f) => (
            <option key={f} value={f}>
              {faseLabel(f)}
            </option>
          ))}
        </select>
        {foutBij('naar')}
      </div>
      <div className="veld">
        <label htmlFor={`${basis}-datum`}>Datum</label>
        <input
          id={`${basis}-datum`}
          type="date"
          value={datum}
          max={vandaag()}
          onChange={(e) => setDatum(e.target.value)}
          {...veldProps('datum')}
        />
        {foutBij('datum')}
      </div>
      <div className="veld">
        <label htmlFor={`${basis}-reden`}>Reden (verplicht bij een sprong van meer dan één stap)</label>
        <textarea
          id={`${basis}-reden`}
          rows={2}
          maxLength={500}
          value={reden}
          onChange={(e) => setReden(e.target.value)}
          {...veldProps('reden')}
        />
        {foutBij('reden')}
      </div>
      {fout && fout.veld === null ? (
        <p className="veld__fout" role="alert">
          {fout.melding}
        </p>
      ) : null}
      <button type="submit" className="knop knop--primair" disabled={bezig}>
        {bezig ? 'Bezig…' : 'Fase vastleggen'}
      </button>
      {gelukt ? (
        <p className="fase-formulier__gelukt" role="status">
          {gelukt}
        </p>
      ) : null}
    </form>
  );
}
