/**
 * The map's status line for the signed-in roles: the cursor (or, without one, the map centre) in RD and WGS84, and a
 * searched RD point. Publiek does not get it: RD coordinates are jargon for residents (taalniveau B1).
 */
import { useSyncExternalStore } from 'react';
import type { LonLat } from '../contract/common';
import { rdVan, spreekRd, toonRd, toonWgs84 } from '../geo/rd-weergave';
import type { PositieStore } from './hooks/use-positie';

export function RdStatus({ store, zoekPunt }: { store: PositieStore; zoekPunt: Readonly<LonLat> | null }) {
  const { cursor, midden } = useSyncExternalStore(store.abonneer, store.huidig);
  const punt = cursor ?? midden;
  const rd = rdVan(punt);
  const soort = cursor ? 'Cursor' : 'Kaartmidden';
  const gezocht = zoekPunt ? rdVan(zoekPunt) : null;
  // Shown grouped ("92 512"), spoken without grouping ("92512"): a screen reader reads "92 512" as two numbers.
  return (
    <div className="kaart__rd">
      <p>
        <span aria-hidden="true">
          <span className="kaart__rd-soort">{soort}</span>{' '}
          <abbr title="Rijksdriehoeksstelsel (EPSG:28992)">RD</abbr> {toonRd(rd)}
        </span>
        <span className="visueel-verborgen">
          RD-coördinaten {cursor ? 'van de cursor' : 'van het kaartmidden'}: {spreekRd(rd)}
        </span>
        <span className="kaart__wgs84" aria-hidden="true">
          {toonWgs84(punt)}
        </span>
      </p>
      {gezocht ? (
        <p>
          <span aria-hidden="true">
            <span className="kaart__rd-soort">Gezocht punt</span> RD {toonRd(gezocht)}
          </span>
          <span className="visueel-verborgen">RD-coördinaten van het gezochte punt: {spreekRd(gezocht)}</span>
        </p>
      ) : null}
    </div>
  );
}
