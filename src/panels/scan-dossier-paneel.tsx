/**
 * The side-panel section "Scandossiers" (draagkrachtscan and beheer): record the scan in the URL as a dossier, the
 * list of dossiers with search and status, and the opened dossier (`?dossier=DKS-2026-0001`). Lazy, like the scan's
 * panel: no other role downloads it. The draagkrachtscan writes; beheer reads, as the server allows.
 */
import { useId, useState } from 'react';
import { isApiFout } from '../api/client';
import { haalAdresBijPunt } from '../api/draagkrachtscan';
import { maakDossierAan } from '../api/scan-dossiers';
import { useSessie } from '../api/sessie';
import type { Dossier } from '../contract/draagkrachtscan';
import type { Filters } from '../domain/datalagen';
import { isGemeenteRol } from '../domain/roles';
import {
  dossierUitScan,
  magDossierSchrijven,
  ontbreektVoorDossier,
  scanLocaties,
} from '../domain/scan-dossier';
import { scanVraag } from '../domain/scan-vraag';
import type { ZijpaneelDeelProps } from '../kenmerken/kenmerk';
import { ScanDossierBeeld } from './scan-dossier-beeld';
import { ScanDossierLijst } from './scan-dossier-lijst';
import './scan-dossier.css';

function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen.at(-1) ?? ''}`;
}

function zonderDossier(filters: Filters): Filters {
  const kopie: Record<string, unknown> = { ...filters };
  delete kopie.dossier;
  return kopie as Filters;
}

interface LegVastProps {
  filters: Filters;
  onGemaakt(dossier: Dossier): void;
}

/** "Leg vast in een dossier": the scan in the URL (all its sites, the planned facility, the rings) as a new concept. */
function LegVast({ filters, onGemaakt }: LegVastProps) {
  const sessie = useSessie();
  const uitlegId = useId();
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const vraag = scanVraag(filters);
  const locaties = scanLocaties(filters);
  if (!vraag) {
    return (
      <p className="paneel__uitleg">
        Leg een scan vast in een dossier: zoek eerst een locatie in de draagkrachtscan hierboven en vul de
        geplande voorziening in.
      </p>
    );
  }

  async function legVast() {
    const ontbreekt = ontbreektVoorDossier(vraag);
    if (ontbreekt.length > 0) {
      setFout(`Vul eerst ${opsomming(ontbreekt)} in bij de geplande voorziening.`);
      return;
    }
    setBezig(true);
    setFout(null);
    try {
      // The nearest address names each site; without one the site keeps its letter.
      const adressen = await Promise.all(
        locaties.map((l) =>
          haalAdresBijPunt(sessie, l.positie).then(
            (a) => a.kandidaten[0]?.weergave ?? null,
            () => null,
          ),
        ),
      );
      const invoer = dossierUitScan(filters, adressen);
      if (!invoer) return;
      onGemaakt(await maakDossierAan(sessie, invoer));
    } catch (f) {
      setFout(
        isApiFout(f)
          ? `Het dossier kon niet worden vastgelegd: ${f.message}`
          : 'Het dossier kon niet worden vastgelegd.',
      );
    } finally {
      setBezig(false);
    }
  }

  return (
    <div className="dossier__vastleggen">
      <p id={uitlegId} className="paneel__uitleg">
        {locaties.length > 1
          ? `Legt de ${locaties.length} vergeleken locaties, de geplande voorziening en de ringen vast als concept.`
          : 'Legt de locatie, de geplande voorziening en de ringen vast als concept.'}{' '}
        De analyse wordt bij het opslaan door de server opnieuw gemaakt en bij het dossier bewaard.
      </p>
      <button
        type="button"
        className="knop knop--primair"
        aria-describedby={uitlegId}
        disabled={bezig}
        onClick={() => void legVast()}
      >
        {bezig ? 'Bezig met vastleggen…' : 'Leg vast in een dossier'}
      </button>
      {fout ? (
        <p className="veld__fout" role="alert">
          {fout}
        </p>
      ) : null}
    </div>
  );
}

export function ScanDossierPaneel({ filters, zetFilters, onDoel }: ZijpaneelDeelProps) {
  const kopId = useId();
  const { gebruiker, token } = useSessie();
  // The dossier this session wrote last: shown without opening it again (the server gave it back). Tied to the
  // token, so after another sign-in it is opened (and audited) like any other.
  const [geschreven, setGeschreven] = useState<{ token: string | null; dossier: Dossier } | null>(null);
  const bekend = geschreven?.token === token ? geschreven.dossier : null;
  const setBekend = (dossier: Dossier | null) => setGeschreven(dossier ? { token, dossier } : null);
  // Opened by an action here (not a link): the focus follows to the dossier.
  const [doorKlik, setDoorKlik] = useState(false);
  if (!isGemeenteRol(gebruiker.rol)) return null;
  const id = filters.dossier ?? null;
  const schrijven = magDossierSchrijven(gebruiker.rol);

  const open = (nieuwId: string) => {
    setDoorKlik(true);
    zetFilters({ ...filters, dossier: nieuwId });
  };

  return (
    <section className="paneel dossiers" aria-labelledby={kopId}>
      <h2 id={kopId}>Scandossiers</h2>
      {id ? (
        <ScanDossierBeeld
          key={id}
          id={id}
          bekend={bekend?.id === id ? bekend : null}
          zetBekend={setBekend}
          focus={doorKlik}
          filters={filters}
          zetFilters={zetFilters}
          onDoel={onDoel}
          onSluit={() => {
            setBekend(null);
            setDoorKlik(true);
            zetFilters(zonderDossier(filters));
          }}
        />
      ) : (
        <>
          {schrijven ? (
            <LegVast
              filters={filters}
              onGemaakt={(d) => {
                setBekend(d);
                open(d.id);
              }}
            />
          ) : (
            <p className="paneel__uitleg">
              Je kunt de dossiers lezen en downloaden; vastleggen en wijzigen doet de draagkrachtscan.
            </p>
          )}
          <ScanDossierLijst
            focus={doorKlik}
            onOpen={(d) => {
              setBekend(null);
              open(d);
            }}
          />
        </>
      )}
    </section>
  );
}
