/**
 * The dossier's header (number, version, status, versions) and its form: title, the stappenplan as a checklist with a
 * remark per step, the input of the clusters MO, SO and DV, the conclusion with its reasoning; "Opslaan", "Maak
 * definitief" (confirmed) and "Corrigeer" (a reason, then a new concept version). Read-only when definitief, for an
 * earlier version and for beheer, as the server decides.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { isApiFout } from '../api/client';
import { corrigeerDossier, maakDossierDefinitief, slaDossierOp } from '../api/scan-dossiers';
import { useSessie } from '../api/sessie';
import { Oordeel, type Dossier } from '../contract/draagkrachtscan';
import {
  formulierUitDossier,
  OORDEEL_LABEL,
  toonTijdstip,
  wijzigingUitFormulier,
  zelfdeFormulier,
  type DossierFormulier,
} from '../domain/scan-dossier';

export interface Melding {
  readonly soort: 'ok' | 'fout';
  readonly tekst: string;
  /** The field at fault (the API's `field`), shown beside it. */
  readonly veld?: string | undefined;
}

const CLUSTERS = [
  { sleutel: 'mo', titel: 'Cluster MO (Maatschappelijke Ontwikkeling)' },
  { sleutel: 'so', titel: 'Cluster SO (Stadsontwikkeling)' },
  { sleutel: 'dv', titel: 'Cluster DV (Dienstverlening)' },
] as const;

/** A failed write as the user reads it; a 409 means someone else came first. */
function foutMelding(f: unknown, wat: string): Melding {
  if (!isApiFout(f)) return { soort: 'fout', tekst: `${wat} is mislukt.` };
  if (f.status === 409)
    return {
      soort: 'fout',
      tekst: `Iemand anders heeft dit dossier intussen opgeslagen of definitief gemaakt (${f.message}). Het dossier is opnieuw geladen; je laatste wijzigingen zijn niet opgeslagen.`,
    };
  if (f.status === 403) return { soort: 'fout', tekst: `Dat mag je niet: ${f.message}` };
  if (f.status === 404) return { soort: 'fout', tekst: `Dit dossier bestaat niet (meer): ${f.message}` };
  return { soort: 'fout', tekst: `${wat} is mislukt: ${f.message}`, veld: f.field };
}

interface Props {
  dossier: Dossier;
  magSchrijven: boolean;
  focus: boolean;
  melding: Melding | null;
  zetMelding(m: Melding | null): void;
  onGeschreven(d: Dossier): void;
  /** 409: someone else saved; the parent loads the dossier again. */
  onConflict(): void;
  onKiesVersie(versie: number): void;
  /** The summary, between the header and the form. */
  children: ReactNode;
}

export function ScanDossierFormulier({
  dossier: d,
  magSchrijven,
  focus,
  melding,
  zetMelding,
  onGeschreven,
  onConflict,
  onKiesVersie,
  children,
}: Props) {
  const sessie = useSessie();
  const id = useId();
  const kop = useRef<HTMLHeadingElement>(null);
  const [formulier, setFormulier] = useState<DossierFormulier>(() => formulierUitDossier(d));
  const [vorige, setVorige] = useState(d);
  const [bezig, setBezig] = useState(false);
  const [bevestig, setBevestig] = useState(false);
  const [correctie, setCorrectie] = useState<string | null>(null);
  // A new answer (saved, definitief, another version): the form follows; React's pattern for derived state.
  if (vorige !== d) {
    setVorige(d);
    setFormulier(formulierUitDossier(d));
    setBevestig(false);
    setCorrectie(null);
  }
  useEffect(() => {
    if (focus) kop.current?.focus();
  }, [focus, d.id, d.versie]);

  const nieuwste = d.versies.at(-1)?.versie ?? d.versie;
  const isNieuwste = d.versie === nieuwste;
  const definitief = d.status === 'definitief';
  const alleenLezen = !magSchrijven || definitief || !isNieuwste;
  const gewijzigd = !zelfdeFormulier(formulier, formulierUitDossier(d));
  const zet = (deel: Partial<DossierFormulier>) => setFormulier((f) => ({ ...f, ...deel }));

  async function schrijf(wat: string, actie: () => Promise<Dossier>, gelukt: (n: Dossier) => string) {
    setBezig(true);
    zetMelding(null);
    try {
      const nieuw = await actie();
      onGeschreven(nieuw);
      zetMelding({ soort: 'ok', tekst: gelukt(nieuw) });
      return nieuw;
    } catch (f) {
      zetMelding(foutMelding(f, wat));
      if (isApiFout(f) && f.status === 409) onConflict();
      return null;
    } finally {
      setBezig(false);
    }
  }

  const opslaan = () =>
    schrijf(
      'Opslaan',
      () => slaDossierOp(sessie, d.id, wijzigingUitFormulier(d, formulier)),
      (n) => `Opgeslagen (versie ${n.versie}, ${toonTijdstip(n.gewijzigd.tijd)}).`,
    );

  function vraagDefinitief() {
    // The server's rule, told before the question: a conclusion and its reasoning.
    if (!formulier.oordeel) {
      zetMelding({
        soort: 'fout',
        tekst: 'Kies eerst een conclusie (voldoende, twijfelachtig of onvoldoende).',
        veld: 'conclusie.oordeel',
      });
      return;
    }
    if (!formulier.motivering.trim()) {
      zetMelding({
        soort: 'fout',
        tekst: 'Motiveer de conclusie voordat het dossier definitief wordt.',
        veld: 'conclusie.motivering',
      });
      return;
    }
    zetMelding(null);
    setBevestig(true);
  }

  async function maakDefinitief() {
    let basis: Dossier | null = d;
    // What is on the screen is what becomes definitief: unsaved changes are saved first.
    if (gewijzigd) basis = await opslaan();
    if (!basis) return;
    const versie = basis.versie;
    await schrijf(
      'Definitief maken',
      () => maakDossierDefinitief(sessie, d.id, versie),
      (n) =>
        `Versie ${n.versie} is definitief en kan niet meer worden gewijzigd; een wijziging kan alleen als correctie (een nieuwe versie).`,
    );
    kop.current?.focus();
  }

  async function corrigeer() {
    const reden = correctie?.trim() ?? '';
    if (!reden) {
      zetMelding({ soort: 'fout', tekst: 'Geef de reden van de correctie.', veld: 'reden' });
      return;
    }
    await schrijf(
      'De correctie',
      () => corrigeerDossier(sessie, d.id, reden),
      (n) => `Versie ${n.versie} is gemaakt als concept; versie ${n.versie - 1} blijft bewaard en te lezen.`,
    );
    kop.current?.focus();
  }

  const foutId = (veld: string) => `${id}-fout-${veld.replace(/\W/g, '-')}`;
  const foutBij = (veld: string) =>
    melding?.soort === 'fout' && melding.veld === veld ? (
      <p className="veld__fout" id={foutId(veld)}>
        {melding.tekst}
      </p>
    ) : null;
  const veldProps = (veld: string) =>
    melding?.soort === 'fout' && melding.veld === veld
      ? { 'aria-invalid': true as const, 'aria-describedby': foutId(veld) }
      : {};
  const bekendVeld = ['titel', 'conclusie.oordeel', 'conclusie.motivering', 'reden'];

  return (
    <article className="dossier__inhoud" aria-labelledby={`${id}-kop`}>
      <header className="dossier__kop">
        <h3 id={`${id}-kop`} ref={kop} tabIndex={-1}>
          {d.titel}
        </h3>
        <p className="dossier__kenmerk">
          <span>{d.id}</span> · <span>versie {d.versie}</span> ·{' '}
          <span className={`dossier__status dossier__status--${d.status}`}>
            {definitief ? 'Definitief' : 'Concept'}
          </span>
        </p>
        {definitief ? (
          <p className="dossier__vergrendeld">
            Dit dossier is definitief: het is alleen te lezen.
            {magSchrijven && isNieuwste ? ' Een wijziging kan alleen als correctie (een nieuwe versie).' : ''}
          </p>
        ) : null}
        {!isNieuwste ? (
          <p className="dossier__vergrendeld">
            Je bekijkt versie {d.versie}; de nieuwste is versie {nieuwste}. Een eerdere versie is alleen te
            lezen.
          </p>
        ) : null}
        {!magSchrijven ? (
          <p className="paneel__uitleg">
            Je kunt dit dossier lezen en downloaden; wijzigen doet de draagkrachtscan.
          </p>
        ) : null}
        {d.correctieReden ? (
          <p>
            <strong>Reden van de correctie:</strong> {d.correctieReden}
          </p>
        ) : null}
      </header>
      {d.versies.length > 1 ? (
        <nav className="dossier__versies" aria-label="Versies van dit dossier">
          <ul>
            {d.versies.map((v) => (
              <li key={v.versie}>
                <button
                  type="button"
                  className="knop knop--tekst"
                  aria-current={v.versie === d.versie ? 'true' : undefined}
                  onClick={() => onKiesVersie(v.versie)}
                >
                  Versie {v.versie} ({v.status === 'definitief' ? 'definitief' : 'concept'},{' '}
                  {toonTijdstip(v.gewijzigd)})
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {children}
      <form
        className="dossier__formulier"
        aria-labelledby={`${id}-formkop`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!alleenLezen) void opslaan();
        }}
      >
        <h4 id={`${id}-formkop`} className="visueel-verborgen">
          Inhoud van het dossier
        </h4>
        <div className="veld">
          <label htmlFor={`${id}-titel`}>Titel</label>
          <input
            id={`${id}-titel`}
            className="scan__invoer"
            type="text"
            maxLength={200}
            readOnly={alleenLezen}
            value={formulier.titel}
            onChange={(e) => zet({ titel: e.target.value })}
            {...veldProps('titel')}
          />
          {foutBij('titel')}
        </div>
        <div className="veld">
          <label htmlFor={`${id}-omschrijving`}>Omschrijving van het initiatief</label>
          <textarea
            id={`${id}-omschrijving`}
            className="dossier__tekst"
            rows={2}
            maxLength={2000}
            readOnly={alleenLezen}
            value={formulier.omschrijving}
            onChange={(e) => zet({ omschrijving: e.target.value })}
          />
        </div>
        <fieldset className="dossier__groep">
          <legend>Stappenplan</legend>
          <ol className="dossier__stappen">
            {d.stappen.map((stap, i) => {
              const waarde = formulier.stappen[i];
              const zetStap = (deel: { gedaan?: boolean; opmerking?: string }) =>
                zet({
                  stappen: formulier.stappen.map((s, j) => (j === i ? { ...s, ...deel } : s)),
                });
              return (
                <li key={stap.code} className="dossier__stap">
                  <label className="dossier__vink">
                    <input
                      type="checkbox"
                      checked={waarde?.gedaan ?? false}
                      disabled={alleenLezen}
                      onChange={(e) => zetStap({ gedaan: e.target.checked })}
                    />
                    <span>{stap.titel}</span>
                  </label>
                  <label className="dossier__opmerking-label" htmlFor={`${id}-stap-${stap.code}`}>
                    Opmerking<span className="visueel-verborgen"> bij stap {i + 1}</span>
                  </label>
                  <input
                    id={`${id}-stap-${stap.code}`}
                    className="scan__invoer"
                    type="text"
                    maxLength={1000}
                    readOnly={alleenLezen}
                    value={waarde?.opmerking ?? ''}
                    onChange={(e) => zetStap({ opmerking: e.target.value })}
                  />
                </li>
              );
            })}
          </ol>
        </fieldset>
        <fieldset className="dossier__groep">
          <legend>Kwalitatieve informatie</legend>
          {CLUSTERS.map((c) => (
            <div className="veld" key={c.sleutel}>
              <label htmlFor={`${id}-${c.sleutel}`}>{c.titel}</label>
              <textarea
                id={`${id}-${c.sleutel}`}
                className="dossier__tekst"
                rows={3}
                maxLength={5000}
                readOnly={alleenLezen}
                value={formulier[c.sleutel]}
                onChange={(e) => zet({ [c.sleutel]: e.target.value })}
              />
            </div>
          ))}
        </fieldset>
        <fieldset
          className="dossier__groep"
          aria-invalid={melding?.veld === 'conclusie.oordeel' ? true : undefined}
          aria-describedby={melding?.veld === 'conclusie.oordeel' ? foutId('conclusie.oordeel') : undefined}
        >
          <legend>Conclusie</legend>
          <div className="dossier__oordelen">
            {Oordeel.options.map((o) => (
              <label key={o} className="dossier__vink">
                <input
                  type="radio"
                  name={`${id}-oordeel`}
                  value={o}
                  checked={formulier.oordeel === o}
                  disabled={alleenLezen}
                  onChange={() => zet({ oordeel: o })}
                />
                <span>{OORDEEL_LABEL[o]}</span>
              </label>
            ))}
          </div>
          {foutBij('conclusie.oordeel')}
          <div className="veld">
            <label htmlFor={`${id}-motivering`}>Motivering</label>
            <textarea
              id={`${id}-motivering`}
              className="dossier__tekst"
              rows={4}
              maxLength={5000}
              readOnly={alleenLezen}
              value={formulier.motivering}
              onChange={(e) => zet({ motivering: e.target.value })}
              {...veldProps('conclusie.motivering')}
            />
            {foutBij('conclusie.motivering')}
          </div>
        </fieldset>
        {!alleenLezen ? (
          <div className="dossier__knoppen">
            <button type="submit" className="knop knop--primair" disabled={bezig}>
              {bezig ? 'Bezig…' : 'Opslaan'}
            </button>
            <button
              type="button"
              className="knop knop--secundair"
              disabled={bezig}
              aria-expanded={bevestig}
              onClick={vraagDefinitief}
            >
              Maak definitief
            </button>
          </div>
        ) : null}
        {bevestig && !alleenLezen ? (
          <div className="dossier__bevestig" role="group" aria-labelledby={`${id}-bevestig`}>
            <p id={`${id}-bevestig`}>
              <strong>Dossier definitief maken?</strong> Daarna is het alleen te lezen; een wijziging kan
              alleen nog als correctie (een nieuwe versie).
              {gewijzigd ? ' Je wijzigingen worden eerst opgeslagen.' : ''}
            </p>
            <div className="dossier__knoppen">
              <button
                type="button"
                className="knop knop--primair"
                disabled={bezig}
                onClick={() => void maakDefinitief()}
              >
                Ja, maak definitief
              </button>
              <button type="button" className="knop knop--secundair" onClick={() => setBevestig(false)}>
                Annuleren
              </button>
            </div>
          </div>
        ) : null}
        {magSchrijven && definitief && isNieuwste ? (
          correctie === null ? (
            <div className="dossier__knoppen">
              <button type="button" className="knop knop--secundair" onClick={() => setCorrectie('')}>
                Corrigeer
              </button>
            </div>
          ) : (
            <div className="dossier__bevestig" role="group" aria-labelledby={`${id}-correctie-kop`}>
              <p id={`${id}-correctie-kop`}>
                <strong>Correctie:</strong> maakt versie {d.versie + 1} als concept, een kopie van deze
                versie; versie {d.versie} blijft bewaard.
              </p>
              <div className="veld">
                <label htmlFor={`${id}-reden`}>Reden van de correctie</label>
                <textarea
                  id={`${id}-reden`}
                  className="dossier__tekst"
                  rows={2}
                  maxLength={1000}
                  value={correctie}
                  onChange={(e) => setCorrectie(e.target.value)}
                  {...veldProps('reden')}
                />
                {foutBij('reden')}
              </div>
              <div className="dossier__knoppen">
                <button
                  type="button"
                  className="knop knop--primair"
                  disabled={bezig}
                  onClick={() => void corrigeer()}
                >
                  Maak een nieuwe versie
                </button>
                <button type="button" className="knop knop--secundair" onClick={() => setCorrectie(null)}>
                  Annuleren
                </button>
              </div>
            </div>
          )
        ) : null}
        <div className="dossier__meldingen">
          <div role="status">
            {melding?.soort === 'ok' ? <p className="dossier__gelukt">{melding.tekst}</p> : null}
          </div>
          <div role="alert">
            {melding?.soort === 'fout' ? (
              <p className="veld__fout">
                {bekendVeld.includes(melding.veld ?? '')
                  ? 'Controleer het gemarkeerde veld hierboven.'
                  : melding.tekst}
              </p>
            ) : null}
          </div>
        </div>
      </form>
    </article>
  );
}
