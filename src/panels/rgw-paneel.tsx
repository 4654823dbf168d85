/** The side-panel section "Rotterdams Goed Wonen": filters, focus-area presets with their figures, and the density's legend and table twin; plus the details of a selected cell, buurt or focus area. */
import { useEffect, useRef } from 'react';
import { begin } from '../meting/prestatie';
import type { Filters } from '../domain/datalagen';
import type { FocusgebiedCode } from '../contract/gebied';
import { laagTitel, toonDatumKort } from '../domain/datalagen';
import { FOCUSGEBIEDEN } from '../domain/focusgebieden';
import { CATEGORIE_LABEL, metRgwFilters, rgwUrlFilters, type RgwFilter } from '../domain/rgw-filter';
import { leesRgwSleutel, MINDER_DAN_5, tellingTekst } from '../domain/rgw-tabel';
import { leesPeriode } from '../domain/rgw-periode';
import { isGemeenteRol } from '../domain/roles';
import type { LonLat } from '../contract/common';
import { kaderRond, type NieuwDoel } from '../map/kaart-doel';
import { RgwFilters } from './rgw-filters';
import { RgwFocusgebieden } from './rgw-focusgebieden';
import { RgwLegenda } from './rgw-legenda';
import { RGW_LAAG_ID, useRgw } from './rgw-staat';
import { RgwTabel } from './rgw-tabel';
import { laagUit, RGW } from '../domain/publiek-teksten';

/** The props every side-panel section receives (app.tsx ZijpaneelDeelProps), and where to fly. */
export interface RgwPaneelProps {
  geselecteerd: string | null;
  onSelecteer: (sleutel: string | null, van?: 'kaart' | 'tabel') => void;
  lagenAan: ReadonlySet<string>;
  filters: Filters;
  zetFilters: (filters: Filters) => void;
  onDoel?: (doel: NieuwDoel) => void;
}

/**
 * Where to fly for a buurt or focus area: its place in the search index (a label point inside it and a zoom that fits
 * it), loaded only when asked. A focus area of one buurt is listed there under that buurt. The map outlines the area
 * itself (the selection or the chosen focus area), so nothing is marked.
 */
async function gebiedsdoel(soort: 'buurt' | 'focusgebied', code: string): Promise<NieuwDoel | null> {
  const { zoekindex } = await import('../geo/zoekindex');
  const { namen } = zoekindex();
  const buurten = soort === 'buurt' ? [code] : (FOCUSGEBIEDEN.find((f) => f.code === code)?.buurten ?? []);
  const plaats =
    namen.find((p) => p.soort === soort && p.code === code) ??
    namen.find((p) => p.soort === 'buurt' && p.code === buurten[0]);
  return plaats ? { soort: 'gebied', positie: plaats.positie, zoom: plaats.zoom, markeer: null } : null;
}

async function vliegNaar(code: FocusgebiedCode, onDoel: (doel: NieuwDoel) => void): Promise<void> {
  const doel = await gebiedsdoel('focusgebied', code);
  if (doel) onDoel(doel);
}

/** Brings a row chosen in the table into view, like the facilities table does; the map outlines it itself. */
async function vliegNaarRij(sleutel: string, onDoel: (doel: NieuwDoel) => void): Promise<void> {
  const rgw = leesRgwSleutel(sleutel);
  if (!rgw) return;
  if (rgw.soort !== 'h3') {
    const doel = await gebiedsdoel(rgw.soort, rgw.code);
    if (doel) onDoel(doel);
    return;
  }
  const { cellToBoundary, isValidCell } = await import('h3-js');
  if (!isValidCell(rgw.code)) return;
  const kader = kaderRond(cellToBoundary(rgw.code, true).map(([lon = 0, lat = 0]): LonLat => [lon, lat]));
  if (kader) onDoel({ soort: 'kader', kader, maxZoom: 14, markeer: null });
}

export function RgwPaneel({
  geselecteerd,
  onSelecteer,
  lagenAan,
  filters,
  zetFilters,
  onDoel,
}: RgwPaneelProps) {
  const aan = lagenAan.has(RGW_LAAG_ID);
  const rgw = useRgw(filters, aan);
  const { filter, focus, weergave } = rgw;

  const zet = (nieuw: RgwFilter, nieuweFocus: FocusgebiedCode | null) =>
    zetFilters(metRgwFilters(filters, rgwUrlFilters(nieuw, nieuweFocus)));
  const kiesFocus = (code: FocusgebiedCode | null) => {
    begin('filter');
    zet(filter, code);
    if (code !== null && onDoel) void vliegNaar(code, onDoel);
  };
  // A preset from a link: fly there once, on opening.
  const beginFocus = useRef(focus);
  useEffect(() => {
    if (beginFocus.current !== null && onDoel) void vliegNaar(beginFocus.current, onDoel);
    beginFocus.current = null;
  }, [onDoel]);

  // A chosen year also sets the year of the programme figures; other periods show the peildatum's year.
  const gekozen = filter.periode === null ? null : leesPeriode(filter.periode);
  const jaar = gekozen?.soort === 'jaar' ? Number(gekozen.code) : null;
  const publiek = !isGemeenteRol(rgw.rol);

  return (
    <section className="paneel paneel--rgw" aria-labelledby="rgw-kop">
      <h2 id="rgw-kop">Rotterdams Goed Wonen</h2>
      <p className="paneel__uitleg">
        {publiek
          ? RGW.uitlegPubliek
          : 'Zaken van de aanpak van woonmisstanden op Zuid: aantallen, nooit losse zaken. Je ziet de dichtheid per zeshoek of buurt.'}{' '}
        {RGW.privacy}
      </p>
      <RgwFilters
        rol={rgw.rol}
        filter={filter}
        peildatum={rgw.peildatum}
        fout={rgw.fout}
        onFilter={(nieuw) => {
          zet(nieuw, focus);
          // Another level or cell size has other areas: a selected cell would point at nothing.
          if (
            (nieuw.niveau !== filter.niveau || nieuw.resolutie !== filter.resolutie) &&
            leesRgwSleutel(geselecteerd)
          ) {
            onSelecteer(null);
          }
        }}
      />
      <RgwFocusgebieden focus={focus} onKies={kiesFocus} jaar={jaar} />
      <h3 className="paneel__subkop">Op de kaart</h3>
      {!aan ? (
        <p className="paneel__uitleg">{laagUit(laagTitel(RGW_LAAG_ID, rgw.rol))}</p>
      ) : rgw.toestand?.status === 'fout' ? (
        <p className="veld__fout">RGW-zaken niet geladen: {rgw.toestand.fout.message}</p>
      ) : !weergave ? (
        <p className="laden" role="status">
          RGW-zaken laden…
        </p>
      ) : (
        <>
          <p className="rgw-samenvatting">
            {weergave.antwoord.niveau === 'focusgebied'
              ? `Nieuwe zaken per focusgebied ${weergave.periode}`
              : `${tellingTekst(weergave.antwoord.totaal)} nieuwe zaken ${weergave.periode}`}
            {filter.categorie ? `, ${CATEGORIE_LABEL[filter.categorie].toLowerCase()}` : ''}.
          </p>
          <RgwLegenda weergave={weergave} />
          <RgwTabel
            weergave={weergave}
            geselecteerd={geselecteerd}
            onSelecteer={(sleutel) => {
              onSelecteer(sleutel, 'tabel');
              if (onDoel) void vliegNaarRij(sleutel, onDoel);
            }}
          />
          <p className="bron">
            Bron: {weergave.antwoord.bron.dataset} RGW, peildatum{' '}
            {toonDatumKort(weergave.antwoord.bron.peildatum)}
          </p>
        </>
      )}
    </section>
  );
}

/** The details of a selected cell, buurt or focus area: its count with the period and category, or why there is none. */
export function RgwDetail({
  geselecteerd,
  lagenAan,
  filters,
  onWis,
}: Pick<RgwPaneelProps, 'geselecteerd' | 'lagenAan' | 'filters'> & { onWis: () => void }) {
  const rgw = useRgw(filters, lagenAan.has(RGW_LAAG_ID));
  const kopRef = useRef<HTMLHeadingElement>(null);
  const sleutel = leesRgwSleutel(geselecteerd);
  const rij = rgw.weergave?.rijen.find((r) => r.sleutel === geselecteerd);
  const titel = rij?.naam ?? 'Details';
  return (
    <section className="paneel paneel--detail" aria-labelledby="detail-kop">
      <div className="paneel__kop">
        <h2 id="detail-kop" ref={kopRef} tabIndex={-1}>
          {titel}
        </h2>
        <button type="button" className="knop knop--tekst" onClick={onWis}>
          Sluiten<span className="visueel-verborgen"> (selectie wissen)</span>
        </button>
      </div>
      {!rgw.weergave ? (
        <p className="laden" role="status">
          RGW-zaken laden…
        </p>
      ) : !rij || !sleutel ? (
        <p>Dit gebied staat niet (meer) op de kaart met deze keuze.</p>
      ) : (
        <dl className="velden">
          <div className="velden__rij">
            <dt>Nieuwe zaken</dt>
            <dd>
              {rij.telling.onderdrukt
                ? `${MINDER_DAN_5} (0 tot ${rgw.weergave.antwoord.minimum})`
                : rij.telling.aantal.toLocaleString('nl-NL')}
            </dd>
          </div>
          <div className="velden__rij">
            <dt>Periode</dt>
            <dd>{rgw.weergave.periode.replace(/^in /, '')}</dd>
          </div>
          <div className="velden__rij">
            <dt>Soort probleem</dt>
            <dd>{rgw.filter.categorie ? CATEGORIE_LABEL[rgw.filter.categorie] : 'Alle soorten'}</dd>
          </div>
          {sleutel.soort === 'h3' ? (
            <div className="velden__rij">
              <dt>H3-index</dt>
              <dd>
                <code>{sleutel.code}</code>
              </dd>
            </div>
          ) : null}
          {sleutel.soort === 'buurt' ? (
            <div className="velden__rij">
              <dt>Buurtcode</dt>
              <dd>{sleutel.code}</dd>
            </div>
          ) : null}
        </dl>
      )}
      {rgw.weergave ? (
        <p className="bron">
          Bron: {rgw.weergave.antwoord.bron.dataset} RGW, peildatum{' '}
          {toonDatumKort(rgw.weergave.antwoord.bron.peildatum)}
        </p>
      ) : null}
    </section>
  );
}
