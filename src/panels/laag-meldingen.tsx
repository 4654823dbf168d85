/** Loading and error notices of the data layers, on the map: a failed layer says what went wrong and can be retried there, while the rest of the map keeps working. */
import type { LaagToestand } from './laag-toestand';

export function LaagMeldingen({ lagen }: { lagen: readonly LaagToestand[] }) {
  // Layers that share one request fail together: one notice per distinct message, naming every layer it concerns.
  const laden = lagen.filter((l) => l.aan && l.status === 'laden');
  const fouten = lagen.filter((l) => l.status === 'fout');
  const perMelding = new Map<string, LaagToestand[]>();
  for (const l of fouten) {
    const sleutel = l.melding ?? '';
    perMelding.set(sleutel, [...(perMelding.get(sleutel) ?? []), l]);
  }
  return (
    <div className="laag-meldingen">
      {/* Always in the DOM, so screen readers announce what appears in it. */}
      <p className={laden.length > 0 ? 'laag-melding' : 'visueel-verborgen'} role="status">
        {laden.length > 0 ? (
          <>
            <span className="draaier" aria-hidden="true" /> {laden.map((l) => l.titel).join(', ')} laden…
          </>
        ) : null}
      </p>
      <div role="alert">
        {[...perMelding.entries()].map(([melding, groep]) => {
          const opnieuw = groep.find((l) => l.opnieuw)?.opnieuw;
          const namen = groep.map((l) => l.titel).join(' en ');
          return (
            <div key={melding} className="laag-melding laag-melding--fout">
              <p>
                <strong>{namen}</strong> niet geladen: {melding || 'onbekende fout'}
              </p>
              {opnieuw ? (
                <button type="button" className="knop knop--secundair knop--klein" onClick={opnieuw}>
                  Opnieuw proberen<span className="visueel-verborgen"> ({namen})</span>
                </button>
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
