/**
 * The side-panel section "Draagkrachtscan" (draagkrachtscan and beheer): find the planned site by address, postcode
 * or RD coordinate, describe the planned facility, and read the analysis around it. The site and the facility live
 * in the URL (src/domain/scan-filter.ts), so a scan is a link; the map draws the same answer (useScan).
 */
import { useEffect, useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useAdresBijPunt, useAdressen } from '../api/draagkrachtscan';
import { useOrganisaties } from '../api/organisaties';
import { useSessie } from '../api/sessie';
import {
  MAX_CAPACITEIT,
  MAX_VERGELIJK,
  STANDAARD_RINGEN,
  type AdresKandidaat,
} from '../contract/draagkrachtscan';
import type { LonLat } from '../contract/common';
import { Doelgroep, Woonvorm } from '../contract/voorziening';
import type { Filters } from '../domain/datalagen';
import { isGemeenteRol } from '../domain/roles';
import { leesRingen, ringenTekst, ringenVoorUrl, zelfdeRingen } from '../domain/scan-ringen';
import { DOELGROEP_LABEL, DOELGROEPEN, WOONVORM_LABEL, WOONVORMEN } from '../domain/woonvorm';
import { kaderRond } from '../geo/ringen';
import { abonneerKiesPunt, kiesPuntAan, zetKiesPunt } from '../kenmerken/draagkrachtscan/kies-punt';
import type { ZijpaneelDeelProps } from '../kenmerken/kenmerk';
import { useScan } from './draagkrachtscan-staat';
import { ScanAnalyse } from './scan-analyse';
import { ScanVergelijking } from './scan-vergelijking';
import './draagkrachtscan-paneel.css';

/** Typing pauses this long before the search or the URL follows: one request per word, not per letter. */
const WACHT_MS = 350;

function useUitgesteld<T>(waarde: T, ms: number): T {
  const [uitgesteld, setUitgesteld] = useState(waarde);
  useEffect(() => {
    const t = setTimeout(() => setUitgesteld(waarde), ms);
    return () => clearTimeout(t);
  }, [waarde, ms]);
  return uitgesteld;
}

/** What a field with an error settles to: nothing is written. */
const FOUT = Symbol('fout');

/** A whole number of places from 1 to 500, or the reason it is not one. */
export function leesPlekken(tekst: string): { plekken: number | null; fout: string | null } {
  const schoon = tekst.trim();
  if (schoon === '') return { plekken: null, fout: null };
  const n = Number(schoon);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CAPACITEIT) {
    return { plekken: null, fout: `Vul een heel getal in van 1 tot en met ${MAX_CAPACITEIT}.` };
  }
  return { plekken: n, fout: null };
}

function zonder(filters: Filters, ...sleutels: (keyof Filters)[]): Filters {
  const kopie: Record<string, unknown> = { ...filters };
  for (const s of sleutels) delete kopie[s];
  return kopie as Filters;
}

interface AdresZoekenProps {
  onKies(kandidaat: AdresKandidaat): void;
}

/** The search for the site: results as buttons, so the keyboard reaches them with Tab and chooses with Enter. */
function AdresZoeken({ onKies }: AdresZoekenProps) {
  const veldId = useId();
  const uitlegId = useId();
  const [tekst, setTekst] = useState('');
  const [direct, setDirect] = useState<string | null>(null);
  const uitgesteld = useUitgesteld(tekst.trim(), WACHT_MS);
  const term = direct ?? uitgesteld;
  const adressen = useAdressen(term.length >= 2 ? term : null);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    setDirect(tekst.trim());
  };
  const fout = adressen.status === 'fout' ? adressen.fout : null;
  return (
    <form className="scan__zoeken" role="search" aria-label="Locatie zoeken" onSubmit={verstuur}>
      <div className="veld">
        <label htmlFor={veldId}>Adres van de beoogde locatie</label>
        <span id={uitlegId} className="paneel__uitleg">
          Straat en huisnummer, postcode en huisnummer, een postcode, of een RD-coördinaat (x, y).
        </span>
        <div className="scan__zoekregel">
          <input
            id={veldId}
            className="scan__invoer"
            type="search"
            autoComplete="off"
            value={tekst}
            aria-describedby={uitlegId}
            aria-invalid={fout ? true : undefined}
            onChange={(e) => {
              setTekst(e.target.value);
              setDirect(null);
            }}
          />
          <button type="submit" className="knop knop--secundair">
            Zoeken
          </button>
        </div>
        {fout ? <p className="veld__fout">{fout.message}</p> : null}
      </div>
      {adressen.status === 'laden' && term.length >= 2 ? (
        <p className="laden" role="status">
          Zoeken…
        </p>
      ) : null}
      {adressen.status === 'ok' ? (
        <div role="status">
          {adressen.data.kandidaten.length === 0 ? (
            <p className="veld__fout">{adressen.data.melding ?? 'Niets gevonden.'}</p>
          ) : (
            <>
              <p className="visueel-verborgen">
                {adressen.data.kandidaten.length === 1
                  ? '1 locatie gevonden'
                  : `${adressen.data.kandidaten.length} locaties gevonden`}
              </p>
              <ul className="scan__kandidaten" aria-label="Gevonden locaties">
                {adressen.data.kandidaten.map((k) => (
                  <li key={`${k.weergave}|${k.positie.join(',')}`}>
                    <button
                      type="button"
                      className="scan__kandidaat"
                      onClick={() => {
                        onKies(k);
                        setTekst('');
                        setDirect(null);
                      }}
                    >
                      {k.weergave}
                      {k.buurt ? <span className="scan__kandidaat-buurt"> · {k.buurt.naam}</span> : null}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </form>
  );
}

/** The other way to a site: the next click on the map (beside the symbols). Escape stops it; the search is the keyboard's way. */
function KiesOpKaart() {
  const aan = useSyncExternalStore(abonneerKiesPunt, kiesPuntAan, () => false);
  useEffect(() => {
    if (!aan) return;
    const toets = (e: KeyboardEvent) => {
      if (e.key === 'Escape') zetKiesPunt(false);
    };
    addEventListener('keydown', toets);
    return () => removeEventListener('keydown', toets);
  }, [aan]);
  // Leaving the panel (another role, the section closed) ends it too.
  useEffect(() => () => zetKiesPunt(false), []);
  return (
    <div className="scan__kies-punt">
      <button
        type="button"
        className="knop knop--secundair"
        aria-pressed={aan}
        onClick={() => zetKiesPunt(!aan)}
      >
        {aan ? 'Stop met kiezen op de kaart' : 'Of kies een punt op de kaart'}
      </button>
      {aan ? (
        <p className="paneel__uitleg" role="status">
          Klik op de kaart op de beoogde plek, naast de symbolen. Esc stopt.
        </p>
      ) : null}
    </div>
  );
}

interface GeplandProps {
  filters: Filters;
  zetFilters(filters: Filters): void;
  plekkenTekst: string;
  onPlekken(tekst: string): void;
  plekkenFout: string | null;
}

/** The planned facility: woonvorm, doelgroep, places and provider. Selects write the URL at once, the places after a pause. */
function GeplandeVoorziening({ filters, zetFilters, plekkenTekst, onPlekken, plekkenFout }: GeplandProps) {
  const id = useId();
  const organisaties = useOrganisaties();
  const zet = (sleutel: keyof Filters, waarde: string | undefined) =>
    zetFilters(waarde ? { ...filters, [sleutel]: waarde } : zonder(filters, sleutel));
  const aanbieders = organisaties.status === 'ok' ? organisaties.data.organisaties : [];
  return (
    <fieldset className="scan__gepland">
      <legend>Geplande voorziening</legend>
      <div className="veld">
        <label htmlFor={`${id}-woonvorm`}>Woonvorm</label>
        <select
          id={`${id}-woonvorm`}
          value={filters['scan-woonvorm'] ?? ''}
          onChange={(e) => zet('scan-woonvorm', Woonvorm.safeParse(e.target.value).data)}
        >
          <option value="">Nog niet gekozen</option>
          {WOONVORMEN.map((w) => (
            <option key={w} value={w}>
              {WOONVORM_LABEL[w]}
            </option>
          ))}
        </select>
      </div>
      <div className="veld">
        <label htmlFor={`${id}-doelgroep`}>Doelgroep</label>
        <select
          id={`${id}-doelgroep`}
          value={filters['scan-doelgroep'] ?? ''}
          onChange={(e) => zet('scan-doelgroep', Doelgroep.safeParse(e.target.value).data)}
        >
          <option value="">Nog niet gekozen</option>
          {DOELGROEPEN.map((d) => (
            <option key={d} value={d}>
              {DOELGROEP_LABEL[d]}
            </option>
          ))}
        </select>
      </div>
      <div className="veld">
        <label htmlFor={`${id}-plekken`}>Aantal plekken (capaciteit)</label>
        <input
          id={`${id}-plekken`}
          className="scan__invoer scan__invoer--getal"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_CAPACITEIT}
          step={1}
          value={plekkenTekst}
          aria-invalid={plekkenFout ? true : undefined}
          aria-describedby={plekkenFout ? `${id}-plekken-fout` : undefined}
          onChange={(e) => onPlekken(e.target.value)}
        />
        {plekkenFout ? (
          <p id={`${id}-plekken-fout`} className="veld__fout">
            {plekkenFout}
          </p>
        ) : null}
      </div>
      <div className="veld">
        <label htmlFor={`${id}-aanbieder`}>Zorgaanbieder</label>
        <select
          id={`${id}-aanbieder`}
          value={filters['scan-aanbieder'] ?? ''}
          onChange={(e) => zet('scan-aanbieder', e.target.value || undefined)}
        >
          <option value="">Nog niet bekend</option>
          {aanbieders.map((o) => (
            <option key={o.id} value={o.id}>
              {o.naam}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** The places typed, kept apart from the URL while typing: the figures follow at once, the URL (and the request) after a pause. */
function usePlekken(filters: Filters, zetFilters: (f: Filters) => void) {
  const inUrl = filters['scan-plekken'];
  const [tekst, setTekst] = useState(inUrl === undefined ? '' : String(inUrl));
  const [vorigeUrl, setVorigeUrl] = useState(inUrl);
  // A link, the back button or "Scan wissen" changed the URL: the field follows.
  if (vorigeUrl !== inUrl) {
    setVorigeUrl(inUrl);
    if (leesPlekken(tekst).plekken !== (inUrl ?? null)) setTekst(inUrl === undefined ? '' : String(inUrl));
  }
  const { plekken, fout } = leesPlekken(tekst);
  // An error settles too, so that emptying the field after one still reaches the URL.
  const uitgesteld = useUitgesteld(fout ? FOUT : plekken, WACHT_MS);
  useEffect(() => {
    if (uitgesteld === FOUT || uitgesteld === (inUrl ?? null)) return;
    zetFilters(
      uitgesteld === null ? zonder(filters, 'scan-plekken') : { ...filters, 'scan-plekken': uitgesteld },
    );
    // Only a settled value writes; the filters are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [uitgesteld]);
  return { tekst, setTekst, plekken: fout ? (inUrl ?? null) : plekken, fout };
}

/** The rings typed, kept apart from the URL while typing like the places: the URL (and the analysis) follow after a pause. */
function useRingen(filters: Filters, zetFilters: (f: Filters) => void) {
  const inUrl = filters['scan-ringen'] ?? null;
  const [tekst, setTekst] = useState(inUrl ? ringenTekst(inUrl) : '');
  const [vorigeUrl, setVorigeUrl] = useState(inUrl);
  // A link, the back button, "Scan wissen" or "Standaard" changed the URL: the field follows.
  if (!zelfdeRingen(vorigeUrl, inUrl)) {
    setVorigeUrl(inUrl);
    if (!zelfdeRingen(ringenVoorUrl(leesRingen(tekst).ringen), inUrl))
      setTekst(inUrl ? ringenTekst(inUrl) : '');
  }
  const { ringen, fout } = leesRingen(tekst);
  // Settles as text ('' for the standard): the same rings are the same value from render to render.
  const uitgesteld = useUitgesteld(fout ? FOUT : (ringenVoorUrl(ringen)?.join(',') ?? ''), WACHT_MS);
  useEffect(() => {
    if (uitgesteld === FOUT) return;
    const nieuw = uitgesteld === '' ? null : uitgesteld.split(',').map(Number);
    if (zelfdeRingen(nieuw, inUrl)) return;
    zetFilters(nieuw === null ? zonder(filters, 'scan-ringen') : { ...filters, 'scan-ringen': nieuw });
    // Only a settled value writes; the filters are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [uitgesteld]);
  return { tekst, setTekst, fout, standaard: inUrl === null && !fout && ringenVoorUrl(ringen) === null };
}

interface RingenVeldProps {
  tekst: string;
  onTekst(tekst: string): void;
  fout: string | null;
  standaard: boolean;
}

/** "Ringen (meter)": 1 to 4 radii; empty is the standard, and "Standaard" puts it back. */
function RingenVeld({ tekst, onTekst, fout, standaard }: RingenVeldProps) {
  const id = useId();
  return (
    <div className="veld scan__ringen">
      <label htmlFor={id}>Ringen (meter)</label>
      <span id={`${id}-uitleg`} className="paneel__uitleg">
        Eén tot vier stralen van 50 tot 5.000 meter, oplopend. Leeg: {ringenTekst(STANDAARD_RINGEN)}.
      </span>
      <div className="scan__zoekregel">
        <input
          id={id}
          className="scan__invoer"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={ringenTekst(STANDAARD_RINGEN)}
          value={tekst}
          aria-invalid={fout ? true : undefined}
          aria-describedby={fout ? `${id}-uitleg ${id}-fout` : `${id}-uitleg`}
          onChange={(e) => onTekst(e.target.value)}
        />
        {standaard ? null : (
          <button type="button" className="knop knop--secundair" onClick={() => onTekst('')}>
            Standaard
          </button>
        )}
      </div>
      {fout ? (
        <p id={`${id}-fout`} className="veld__fout">
          {fout}
        </p>
      ) : null}
    </div>
  );
}

function metPunt(filters: Filters, positie: Readonly<LonLat>): Filters {
  return { ...filters, scan: [Number(positie[0].toFixed(5)), Number(positie[1].toFixed(5))] };
}

export function DraagkrachtscanPaneel({
  filters,
  zetFilters,
  onDoel,
  onSelecteer,
  geselecteerd,
}: ZijpaneelDeelProps) {
  const kopId = useId();
  const { gebruiker } = useSessie();
  const scan = useScan(filters);
  const plekken = usePlekken(filters, zetFilters);
  const ringen = useRingen(filters, zetFilters);
  const [gekozenNaam, setGekozenNaam] = useState<{ positie: string; naam: string } | null>(null);
  const positie = filters.scan ?? null;
  const bewaard = filters['scan-vergelijk'] ?? [];
  const sleutel = positie ? positie.join(',') : null;
  const bijPunt = useAdresBijPunt(gekozenNaam?.positie === sleutel ? null : positie);
  const naam =
    gekozenNaam && gekozenNaam.positie === sleutel
      ? gekozenNaam.naam
      : bijPunt.status === 'ok'
        ? (bijPunt.data.kandidaten[0]?.weergave ?? null)
        : null;

  const kies = (k: AdresKandidaat) => {
    const nieuw = metPunt(filters, k.positie);
    setGekozenNaam({ positie: nieuw.scan?.join(',') ?? '', naam: k.weergave });
    zetFilters(nieuw);
    const buiten = filters['scan-ringen']?.at(-1) ?? 1000;
    onDoel({ soort: 'kader', kader: kaderRond(k.positie, buiten), maxZoom: 16, markeer: null });
  };
  // The shell shows this section to the municipality's roles only; a stray mount shows nothing either.
  if (!isGemeenteRol(gebruiker.rol)) return null;
  const wis = () =>
    zetFilters(
      zonder(
        filters,
        'scan',
        'scan-woonvorm',
        'scan-doelgroep',
        'scan-plekken',
        'scan-aanbieder',
        'scan-ringen',
      ),
    );

  return (
    <section className="paneel scan" aria-labelledby={kopId}>
      <h2 id={kopId}>Draagkrachtscan</h2>
      <p className="paneel__uitleg">
        Kan de buurt er een voorziening bij hebben, hier? Zoek de beoogde locatie en vul de geplande
        voorziening in. Je ziet wat er al in de buurt is, binnen ringen om de locatie (standaard 250, 500 en
        1.000 meter).
      </p>
      <AdresZoeken onKies={kies} />
      <KiesOpKaart />
      {positie ? (
        <div className="scan__locatie">
          <p>
            <strong>Beoogde locatie:</strong> {naam ?? `${positie[1].toFixed(5)}, ${positie[0].toFixed(5)}`}
            {scan.analyse ? ` (${scan.analyse.locatie.buurt.naam}, ${scan.analyse.locatie.wijk.naam})` : ''}
          </p>
          <div className="scan__locatie-knoppen">
            {bewaard.length < MAX_VERGELIJK - 1 && !bewaard.some((p) => p.join(',') === sleutel) ? (
              <button
                type="button"
                className="knop knop--tekst"
                onClick={() => zetFilters({ ...filters, 'scan-vergelijk': [...bewaard, positie] })}
              >
                Bewaar voor vergelijking
              </button>
            ) : null}
            <button type="button" className="knop knop--tekst" onClick={wis}>
              Scan wissen
            </button>
          </div>
        </div>
      ) : null}
      <ScanVergelijking filters={filters} zetFilters={zetFilters} onDoel={onDoel} />
      <GeplandeVoorziening
        filters={filters}
        zetFilters={zetFilters}
        plekkenTekst={plekken.tekst}
        onPlekken={plekken.setTekst}
        plekkenFout={plekken.fout}
      />
      <RingenVeld
        tekst={ringen.tekst}
        onTekst={ringen.setTekst}
        fout={ringen.fout}
        standaard={ringen.standaard}
      />
      {scan.toestand.status === 'fout' ? (
        <p className="paneel__fout" role="alert">
          De scan kon niet worden gemaakt: {scan.toestand.fout.message}
        </p>
      ) : null}
      {scan.vraag && !scan.analyse && scan.toestand.status === 'laden' ? (
        <p className="laden" role="status">
          Scan laden…
        </p>
      ) : null}
      {scan.analyse ? (
        <ScanAnalyse
          analyse={scan.analyse}
          plekken={plekken.plekken ?? 0}
          bezig={scan.bezig}
          geselecteerd={geselecteerd}
          onSelecteer={onSelecteer}
          onDoel={onDoel}
        />
      ) : null}
    </section>
  );
}
