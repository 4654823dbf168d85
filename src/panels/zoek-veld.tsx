/** The search box on the map: a postcode, a wijk or buurt name, or an RD coordinate pair; the map goes there and says what it found. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isApiFout } from '../api/client';
import { useSessie } from '../api/sessie';
import { symbolenOpPostcode } from '../api/voorzieningen';
import { toonPostcode } from '../domain/symboolgroepen';
import { toonRd } from '../geo/rd-weergave';
import { zoekindex, type Plaats, type Zoekindex } from '../geo/zoekindex';
import { leesZoekopdracht, type Zoekuitkomst } from '../geo/zoekopdracht';
import { doelVoorPlaats, kaderRond, markeringVoor, type NieuwDoel } from '../map/kaart-doel';
import { MELDINGEN } from '../domain/publiek-teksten';

/**
 * The label, the example and the empty-search message: for residents in plain words (taalniveau B1), without the RD
 * coordinates a professional types; the box accepts those from everyone.
 */
export const ZOEK_TEKSTEN = {
  publiek: {
    label: 'Zoek op postcode of buurt',
    voorbeeld: 'Bijvoorbeeld 3084, 3084 NP of Carnisse',
    leeg: 'Typ een postcode of de naam van een buurt.',
  },
  vak: {
    label: 'Zoek postcode, buurt of RD-coördinaat',
    voorbeeld: 'Bijv. 3084, 3084 NP, Carnisse of 92500, 436000',
    leeg: 'Typ een postcode, een buurt of een RD-coördinaat.',
  },
} as const;
/** The professionals' label (the signed-in roles). */
export const ZOEK_LABEL = ZOEK_TEKSTEN.vak.label;

/** Facilities found by postcode are fitted, but never closer than street level. */
const MAX_ZOOM_VOORZIENINGEN = 15.5;

interface Props {
  /** Moves the map; the app numbers the target. */
  onDoel: (doel: NieuwDoel) => void;
  /** Selects a symbol found by postcode, so its details open. */
  onSelecteer: (sleutel: string) => void;
  /** Whether a selection key is on the map now (publiek: a PC4 area with facilities); such an area opens when found. */
  staatOpKaart?: (sleutel: string) => boolean;
  index?: Zoekindex;
}

interface Keuze {
  readonly kop: string;
  readonly plaatsen: readonly Plaats[];
  readonly meer: boolean;
}

const SOORT_NAAM: Readonly<Record<Plaats['soort'], string>> = {
  wijk: 'Wijk',
  buurt: 'Buurt',
  focusgebied: 'Focusgebied',
  pc4: 'Postcodegebied',
};

function aantal(n: number): string {
  return `${n} ${n === 1 ? 'voorziening' : 'voorzieningen'}`;
}

export function ZoekVeld({ onDoel, onSelecteer, staatOpKaart, index }: Props) {
  const sessie = useSessie();
  const teksten = sessie.gebruiker.rol === 'publiek' ? ZOEK_TEKSTEN.publiek : ZOEK_TEKSTEN.vak;
  const invoerId = useId();
  const uitlegId = useId();
  const foutId = useId();
  const keuzeKopId = useId();
  const [tekst, setTekst] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [keuze, setKeuze] = useState<Keuze | null>(null);
  const [bezig, setBezig] = useState(false);
  const lopend = useRef<AbortController | null>(null);

  useEffect(() => () => lopend.current?.abort(), []);

  function gaNaar(plaats: Plaats): void {
    onDoel(doelVoorPlaats(plaats));
    setMelding(`${SOORT_NAAM[plaats.soort]} ${plaats.naam} staat gemarkeerd op de kaart.`);
  }

  async function zoekPostcode(uitkomst: Extract<Zoekuitkomst, { soort: 'postcode' }>): Promise<void> {
    const { pc4, pc6, gebied } = uitkomst;
    // Publiek sees facilities per PC4 area only; a finer search would only suggest a precision it does not get.
    if (pc6 === null || sessie.gebruiker.rol === 'publiek') {
      onDoel(doelVoorPlaats(gebied));
      // Publiek's symbols are the PC4 areas themselves: finding one with facilities opens its list.
      const sleutel = `pc4:${pc4}`;
      if (sessie.gebruiker.rol === 'publiek' && staatOpKaart?.(sleutel)) onSelecteer(sleutel);
      setMelding(
        pc6 === null
          ? `Postcodegebied ${pc4} staat gemarkeerd op de kaart.`
          : `De openbare kaart toont voorzieningen per postcodegebied: postcodegebied ${pc4} staat gemarkeerd.`,
      );
      return;
    }
    const controller = new AbortController();
    lopend.current = controller;
    setBezig(true);
    try {
      const groepen = await symbolenOpPostcode(sessie, pc6, { signal: controller.signal });
      if (controller.signal.aborted) return;
      const kader = kaderRond(groepen.map((g) => g.positie));
      if (!kader) {
        onDoel(doelVoorPlaats(gebied));
        setMelding(
          `Geen voorzieningen met postcode ${toonPostcode(pc6)}; postcodegebied ${pc4} staat gemarkeerd.`,
        );
        return;
      }
      onDoel({ soort: 'kader', kader, maxZoom: MAX_ZOOM_VOORZIENINGEN, markeer: markeringVoor(gebied) });
      const [enige] = groepen;
      if (enige && groepen.length === 1) onSelecteer(enige.sleutel);
      const n = groepen.reduce((som, g) => som + g.items.length, 0);
      setMelding(`${aantal(n)} met postcode ${toonPostcode(pc6)}.`);
    } catch (oorzaak) {
      if (controller.signal.aborted) return;
      setFout(isApiFout(oorzaak) ? oorzaak.message : MELDINGEN.zoekenMislukt);
    } finally {
      if (lopend.current === controller) {
        lopend.current = null;
        setBezig(false);
      }
    }
  }

  function zoek(e: FormEvent<HTMLFormElement>): void {
    e.preventDefault();
    lopend.current?.abort();
    setFout(null);
    setMelding(null);
    setKeuze(null);
    setBezig(false);
    const uitkomst = leesZoekopdracht(tekst, index ?? zoekindex());
    switch (uitkomst.soort) {
      case 'leeg':
        setFout(teksten.leeg);
        return;
      case 'fout':
        setFout(uitkomst.melding);
        return;
      case 'gebied':
        gaNaar(uitkomst.gebied);
        if (uitkomst.ook.length > 0)
          setKeuze({ kop: 'Ook met deze naam', plaatsen: uitkomst.ook, meer: false });
        return;
      case 'keuze':
        setKeuze({ kop: 'Kies een gebied', plaatsen: uitkomst.opties, meer: uitkomst.meer });
        setMelding(
          uitkomst.opties.length === 1
            ? '1 gebied gevonden.'
            : `${uitkomst.opties.length} gebieden gevonden.`,
        );
        return;
      case 'rd':
        onDoel({ soort: 'punt', positie: uitkomst.positie, zoom: uitkomst.zoom });
        setMelding(`RD ${toonRd(uitkomst.rd)} staat gemarkeerd met een ring.`);
        return;
      case 'postcode':
        void zoekPostcode(uitkomst);
        return;
    }
  }

  return (
    <form className="zoekveld" role="search" aria-label="Zoeken op de kaart" onSubmit={zoek} noValidate>
      <label className="zoekveld__label" htmlFor={invoerId}>
        {teksten.label}
      </label>
      <div className="zoekveld__rij">
        <input
          id={invoerId}
          className="zoekveld__invoer"
          type="search"
          value={tekst}
          onChange={(e) => {
            setTekst(e.currentTarget.value);
            // The message belongs to what was searched; once the text changes it no longer applies.
            setFout(null);
          }}
          aria-invalid={fout ? true : undefined}
          aria-describedby={fout ? `${foutId} ${uitlegId}` : uitlegId}
          autoComplete="off"
          spellCheck={false}
          placeholder="Postcode of buurt"
          enterKeyHint="search"
        />
        <button type="submit" className="knop knop--primair zoekveld__knop">
          Zoek
        </button>
      </div>
      <p id={uitlegId} className="zoekveld__uitleg">
        {teksten.voorbeeld}
      </p>
      {fout ? (
        <p id={foutId} className="veld__fout zoekveld__fout">
          {fout}
        </p>
      ) : null}
      <p className={bezig || melding ? 'zoekveld__melding' : 'visueel-verborgen'} role="status">
        {bezig ? 'Zoeken…' : melding}
      </p>
      {keuze ? (
        <div className="zoekveld__keuze">
          <p id={keuzeKopId} className="zoekveld__keuzekop">
            {keuze.kop}:
          </p>
          <ul aria-labelledby={keuzeKopId}>
            {keuze.plaatsen.map((p) => (
              <li key={`${p.soort}-${p.code}`}>
                <button
                  type="button"
                  className="zoekveld__optie"
                  onClick={() => {
                    setKeuze(null);
                    setTekst(p.naam);
                    gaNaar(p);
                  }}
                >
                  {p.naam} <span className="zoekveld__soort">({p.omschrijving})</span>
                </button>
              </li>
            ))}
          </ul>
          {keuze.meer ? <p className="zoekveld__uitleg">{MELDINGEN.meerGebieden}</p> : null}
        </div>
      ) : null}
    </form>
  );
}
