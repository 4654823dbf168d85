/**
 * One opened scan dossier: the purpose asked once per session, the dossier loaded with it (or the version asked
 * for), its summary, versions, form and exports; a conflict (409) loads it again and says why.
 */
import { bewaarBestand } from '../api/bewaar-bestand';
import { useId, useState, type FormEvent } from 'react';
import { isApiFout } from '../api/client';
import { EXPORTS, haalExport, useDossier, type ExportSoort } from '../api/scan-dossiers';
import { useSessie } from '../api/sessie';
import type { Dossier } from '../contract/draagkrachtscan';
import type { Filters } from '../domain/datalagen';
import { initiatiefRegel, magDossierSchrijven, toonTijdstip } from '../domain/scan-dossier';
import { toonPer1000 } from '../domain/scan-concentratie';
import { kaderRond } from '../geo/ringen';
import type { NieuwDoel } from '../map/kaart-doel';
import { DOEL_MIN, useDoel, zetDoel } from './scan-doel';
import { ScanDossierFormulier, type Melding } from './scan-dossier-formulier';

/** The contract's DOEL_MAX. */
const DOEL_MAX = 300;

let openingen = 0;
/** A fresh number for every opening: each is its own request and audit row (see `DossierVraag.keer`). */
function nieuweOpening(): number {
  openingen += 1;
  return openingen;
}

/** The purpose of opening dossiers, asked once per session: it goes to the audit trail with each opening and export. */
function DoelVraag({ onGegeven }: { onGegeven(doel: string): void }) {
  const id = useId();
  const [tekst, setTekst] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    if (tekst.trim().length < DOEL_MIN) {
      setFout(`Beschrijf het doel in minstens ${DOEL_MIN} tekens.`);
      return;
    }
    onGegeven(tekst.trim());
  };
  return (
    <form className="dossier__doel" aria-labelledby={`${id}-kop`} onSubmit={verstuur} noValidate>
      <h3 id={`${id}-kop`} className="paneel__subkop">
        Waarom open je dit dossier?
      </h3>
      <div className="veld">
        <label htmlFor={`${id}-doel`}>Doel van het inzien</label>
        <span id={`${id}-uitleg`} className="paneel__uitleg">
          Bijvoorbeeld: beoordeling van het initiatief aan de Kluutstraat. Het doel wordt bij elk geopend
          dossier en elke download in het audittrail vastgelegd. We vragen het één keer in deze sessie.
        </span>
        <input
          id={`${id}-doel`}
          className="scan__invoer"
          type="text"
          autoComplete="off"
          maxLength={DOEL_MAX}
          value={tekst}
          aria-describedby={fout ? `${id}-uitleg ${id}-fout` : `${id}-uitleg`}
          aria-invalid={fout ? true : undefined}
          onChange={(e) => setTekst(e.target.value)}
        />
        {fout ? (
          <p id={`${id}-fout`} className="veld__fout" role="alert">
            {fout}
          </p>
        ) : null}
      </div>
      <div className="dossier__knoppen">
        <button type="submit" className="knop knop--primair">
          Open het dossier
        </button>
      </div>
    </form>
  );
}

/** The exports of the version shown, fetched with the token and saved under the server's file name. */
function Exports({ dossier, doel }: { dossier: Dossier; doel: string }) {
  const sessie = useSessie();
  const kopId = useId();
  const [bezig, setBezig] = useState<ExportSoort | null>(null);
  const [uitslag, setUitslag] = useState<{ fout: boolean; tekst: string } | null>(null);
  async function download(soort: ExportSoort) {
    setBezig(soort);
    setUitslag(null);
    try {
      const bestand = await haalExport(sessie, soort, dossier, doel);
      bewaarBestand(bestand.blob, bestand.naam);
      setUitslag({ fout: false, tekst: `Gedownload: ${bestand.naam}` });
    } catch (f) {
      setUitslag({
        fout: true,
        tekst: `${EXPORTS[soort].titel} kon niet worden gedownload: ${isApiFout(f) ? f.message : 'onbekende fout.'}`,
      });
    } finally {
      setBezig(null);
    }
  }
  return (
    <div className="dossier__exports" role="group" aria-labelledby={kopId}>
      <h4 id={kopId}>Downloaden (versie {dossier.versie})</h4>
      <div className="dossier__knoppen">
        {(Object.keys(EXPORTS) as ExportSoort[]).map((soort) => (
          <button
            key={soort}
            type="button"
            className="knop knop--secundair"
            disabled={bezig !== null}
            aria-busy={bezig === soort}
            onClick={() => void download(soort)}
          >
            {EXPORTS[soort].titel}
          </button>
        ))}
      </div>
      <p
        className={uitslag?.fout ? 'veld__fout' : 'paneel__uitleg'}
        role={uitslag?.fout ? 'alert' : 'status'}
      >
        {bezig ? 'Bezig met downloaden…' : (uitslag?.tekst ?? '')}
      </p>
    </div>
  );
}

/** The sites as recorded, with the figure that weighs most: places per 1,000 inhabitants of the buurt after. */
function Locaties({ dossier }: { dossier: Dossier }) {
  return (
    <ul className="dossier__locaties" aria-label="Locaties in dit dossier">
      {dossier.locaties.map((l) => {
        const a = l.analyse;
        const buurt = a.concentratie.alle.buurt;
        return (
          <li key={`${l.label}|${l.positie.join(',')}`}>
            <strong>{l.label}</strong>
            {l.adres && l.adres !== l.label ? ` (${l.adres})` : ''}: {a.locatie.buurt.naam},{' '}
            {a.locatie.wijk.naam}
            <span className="scan__klein">
              {toonPer1000(buurt.per1000Na)} plekken per 1.000 inwoners in de buurt na de voorziening (stad{' '}
              {toonPer1000(a.concentratie.alle.stad.per1000)}); {a.signalen.length} op fase 2 of hoger in de
              ringen
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function zonder(filters: Filters, ...sleutels: (keyof Filters)[]): Filters {
  const kopie: Record<string, unknown> = { ...filters };
  for (const s of sleutels) delete kopie[s];
  return kopie as Filters;
}

/** The dossier's sites and planned facility as the scan in the URL: the map draws them, the scan panel shows them. */
function alsScan(d: Dossier, filters: Filters): Filters {
  const posities = d.locaties.map((l) => l.positie);
  const huidig = posities.at(-1);
  const basis = zonder(
    filters,
    'scan',
    'scan-vergelijk',
    'scan-ringen',
    'scan-aanbieder',
    'scan-woonvorm',
    'scan-doelgroep',
    'scan-plekken',
  );
  if (!huidig) return basis;
  const standaard = d.ringen.join(',') === '250,500,1000';
  return {
    ...basis,
    scan: huidig,
    ...(posities.length > 1 ? { 'scan-vergelijk': posities.slice(0, -1) } : {}),
    'scan-woonvorm': d.initiatief.woonvorm,
    'scan-doelgroep': d.initiatief.doelgroep,
    'scan-plekken': d.initiatief.capaciteit,
    ...(d.initiatief.aanbieder ? { 'scan-aanbieder': d.initiatief.aanbieder.id } : {}),
    ...(standaard || d.ringen.length === 0 ? {} : { 'scan-ringen': d.ringen }),
  };
}

interface Props {
  id: string;
  /** The dossier as this browser last wrote it, if it was this one. */
  bekend: Dossier | null;
  zetBekend(d: Dossier | null): void;
  /** Opened by an action in the panel: the focus moves to the dossier. */
  focus: boolean;
  filters: Filters;
  zetFilters(filters: Filters): void;
  onDoel(doel: NieuwDoel): void;
  onSluit(): void;
}

export function ScanDossierBeeld({
  id,
  bekend,
  zetBekend,
  focus,
  filters,
  zetFilters,
  onDoel,
  onSluit,
}: Props) {
  const { gebruiker } = useSessie();
  const doel = useDoel(gebruiker);
  const [versie, setVersie] = useState<number | null>(null);
  const [keer, setKeer] = useState(nieuweOpening);
  const [melding, setMelding] = useState<Melding | null>(null);
  const [doelGegeven, setDoelGegeven] = useState(false);
  const eigen = bekend && versie === null ? bekend : null;
  const toestand = useDossier(eigen || !doel ? null : { id, versie, doel, keer });
  const dossier = eigen ?? (toestand.status === 'ok' ? toestand.data : null);

  const herlaad = () => {
    zetBekend(null);
    setVersie(null);
    setKeer(nieuweOpening());
  };

  const terug = (
    <button type="button" className="knop knop--tekst dossier__terug" onClick={onSluit}>
      ← Terug naar de lijst
    </button>
  );

  if (!doel) {
    return (
      <div className="dossier">
        {terug}
        <DoelVraag
          onGegeven={(d) => {
            setDoelGegeven(true);
            zetDoel(gebruiker, d);
          }}
        />
      </div>
    );
  }

  return (
    <div className="dossier">
      {terug}
      <p className="dossier__doel-regel">
        Doel in deze sessie: <q>{doel}</q>{' '}
        <button type="button" className="knop knop--tekst" onClick={() => zetDoel(gebruiker, null)}>
          Wijzig het doel
        </button>
      </p>
      {!dossier && toestand.status === 'laden' ? (
        <p className="laden" role="status">
          Dossier {id} openen…
        </p>
      ) : null}
      {!dossier && toestand.status === 'fout' ? (
        <div role="alert">
          <p className="paneel__fout">
            {toestand.fout.status === 404
              ? `Dossier ${id}${versie === null ? '' : ` versie ${versie}`} is niet gevonden. Controleer het nummer of kies een dossier uit de lijst.`
              : `Het dossier kon niet worden geopend: ${toestand.fout.message}`}
          </p>
          <div className="dossier__knoppen">
            <button type="button" className="knop knop--secundair" onClick={herlaad}>
              Opnieuw proberen
            </button>
          </div>
        </div>
      ) : null}
      {dossier ? (
        <>
          <ScanDossierFormulier
            dossier={dossier}
            magSchrijven={magDossierSchrijven(gebruiker.rol)}
            focus={focus || doelGegeven}
            melding={melding}
            zetMelding={setMelding}
            onGeschreven={(d) => {
              zetBekend(d);
              setVersie(null);
            }}
            onConflict={herlaad}
            onKiesVersie={(v) => {
              setMelding(null);
              zetBekend(null);
              setVersie(v === dossier.versies.at(-1)?.versie ? null : v);
              setKeer(nieuweOpening());
            }}
          >
            <p className="dossier__initiatief">
              <strong>Geplande voorziening:</strong> {initiatiefRegel(dossier.initiatief)}
              {dossier.initiatief.aanbieder ? `, ${dossier.initiatief.aanbieder.naam}` : ''}; ringen van{' '}
              {dossier.ringen.map((r) => `${r} m`).join(', ')}.
            </p>
            <Locaties dossier={dossier} />
            <div className="dossier__knoppen">
              <button
                type="button"
                className="knop knop--tekst"
                onClick={() => {
                  zetFilters(alsScan(dossier, filters));
                  const eerste = dossier.locaties.at(-1);
                  if (eerste)
                    onDoel({
                      soort: 'kader',
                      kader: kaderRond(eerste.positie, dossier.ringen.at(-1) ?? 1000),
                      maxZoom: 16,
                      markeer: null,
                    });
                }}
              >
                Toon de locaties op de kaart
              </button>
            </div>
            <p className="paneel__bron">
              Aangemaakt {toonTijdstip(dossier.aangemaakt.tijd)} door {dossier.aangemaakt.wie}; gewijzigd{' '}
              {toonTijdstip(dossier.gewijzigd.tijd)} door {dossier.gewijzigd.wie}
              {dossier.definitief
                ? `; definitief ${toonTijdstip(dossier.definitief.tijd)} door ${dossier.definitief.wie}`
                : ''}
              .
            </p>
            <Exports dossier={dossier} doel={doel} />
          </ScanDossierFormulier>
        </>
      ) : null}
    </div>
  );
}
