/**
 * Sign-in: through the organisation's identity provider (OpenID Connect) when the server has one, and the demo
 * sign-in (pick a role, and for a care provider the organisation; no password) only where the server offers it,
 * marked "demo" there.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Rol } from '../contract/common';
import { isApiFout } from '../api/client';
import { useAanmelding } from '../api/meta';
import { useOrganisaties } from '../api/organisaties';
import { useSessie, useSessieOpslag } from '../api/sessie';
import { begin, breekRolWisselAf } from '../meting/prestatie';
import { ROL_LABEL } from '../domain/roles';
import { startDeckTekenaar } from '../map/deck-laden';
import { MELDINGEN } from '../domain/publiek-teksten';

const ROL_UITLEG: Record<Rol, string> = {
  publiek: MELDINGEN.openbareKaart,
  zorgaanbieder: 'Medewerker van een van de 23 gecontracteerde Wmo-zorgaanbieders.',
  draagkrachtscan: 'Beoordelaar van de gemeente (clusters MO, SO en DV).',
  beheer: 'Gegevensbeheerder HKD van de gemeente: houdt de inventarisatie en de fasen bij.',
};

const ROLLEN: readonly Rol[] = ['publiek', 'zorgaanbieder', 'draagkrachtscan', 'beheer'];

interface Fout {
  /** `organisatie`: shown under the select; otherwise above the buttons. */
  veld: 'organisatie' | 'algemeen';
  tekst: string;
}

interface Props {
  onKlaar: () => void;
}

export function InloggenPaneel({ onKlaar }: Props) {
  const opslag = useSessieOpslag();
  const sessie = useSessie();
  const id = useId();
  const [rol, setRol] = useState<Rol>(sessie.gebruiker.rol);
  const [organisatie, setOrganisatie] = useState(sessie.gebruiker.organisatie?.id ?? '');
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<Fout | null>(null);
  const aanmelding = useAanmelding();
  const [oidcBezig, setOidcBezig] = useState(false);
  const [oidcFout, setOidcFout] = useState<string | null>(null);
  const organisaties = useOrganisaties(aanmelding.demoLogin && rol === 'zorgaanbieder');
  // Every role one signs in as draws with deck.gl: fetch its chunk while the form is open, not after the answer.
  useEffect(startDeckTekenaar, []);

  async function viaOidc(): Promise<void> {
    if (!aanmelding.oidc) return;
    setOidcFout(null);
    setOidcBezig(true);
    try {
      const { startOidc } = await import('../api/oidc');
      await startOidc(aanmelding.oidc);
    } catch (oorzaak) {
      console.error('OIDC-aanmelding kon niet beginnen:', oorzaak);
      setOidcFout(`${aanmelding.oidc.naam} is niet bereikbaar. Probeer het later opnieuw.`);
      setOidcBezig(false);
    }
  }

  async function verstuur(gebeurtenis: FormEvent<HTMLFormElement>): Promise<void> {
    gebeurtenis.preventDefault();
    setFout(null);
    // Only a change of role is timed (prestatie.ts): the same role again, or another organisation, is no role switch.
    const wissel = rol !== sessie.gebruiker.rol;
    if (rol === 'publiek') {
      if (wissel) begin('rol-wissel', rol);
      opslag.logUit();
      onKlaar();
      return;
    }
    if (rol === 'zorgaanbieder' && organisatie === '') {
      setFout({ veld: 'organisatie', tekst: 'Kies de organisatie waarvoor je inlogt.' });
      return;
    }
    if (wissel) begin('rol-wissel', rol);
    setBezig(true);
    try {
      await opslag.logIn(rol === 'zorgaanbieder' ? { rol, organisatie } : { rol });
      onKlaar();
    } catch (oorzaak) {
      if (wissel) breekRolWisselAf();
      const tekst = isApiFout(oorzaak) ? oorzaak.message : 'Inloggen is niet gelukt. Probeer het opnieuw.';
      setFout({
        veld: isApiFout(oorzaak) && oorzaak.field === 'organisatie' ? 'organisatie' : 'algemeen',
        tekst,
      });
    } finally {
      setBezig(false);
    }
  }

  const orgFoutId = `${id}-org-fout`;
  const orgLijst =
    organisaties.status === 'ok' ? organisaties.data.organisaties.filter((o) => o.id.startsWith('za-')) : [];

  return (
    <section
      className="inloggen"
      aria-labelledby={`${id}-kop`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onKlaar();
      }}
    >
      <h2 id={`${id}-kop`}>{aanmelding.demoLogin ? 'Inloggen (demo)' : 'Inloggen'}</h2>
      {aanmelding.oidc ? (
        <div className="inloggen__oidc">
          <p className="paneel__uitleg">
            Log in met je account van {aanmelding.oidc.naam}. Je rol en organisatie komen van daar.
          </p>
          {oidcFout ? (
            <p className="veld__fout" role="alert">
              {oidcFout}
            </p>
          ) : null}
          <div className="inloggen__knoppen">
            <button
              type="button"
              className="knop knop--primair"
              disabled={oidcBezig}
              onClick={() => void viaOidc()}
            >
              {oidcBezig ? 'Doorsturen…' : `Inloggen via ${aanmelding.oidc.naam}`}
            </button>
            {aanmelding.demoLogin ? null : (
              <button type="button" className="knop knop--secundair" onClick={onKlaar}>
                Annuleren
              </button>
            )}
          </div>
        </div>
      ) : null}
      {aanmelding.demoLogin || aanmelding.oidc ? null : (
        <div className="inloggen__oidc">
          <p className="paneel__uitleg">Inloggen is op deze server niet ingesteld.</p>
          <div className="inloggen__knoppen">
            <button type="button" className="knop knop--secundair" onClick={onKlaar}>
              Annuleren
            </button>
          </div>
        </div>
      )}
      {aanmelding.demoLogin ? (
        <form className="inloggen__formulier" onSubmit={(e) => void verstuur(e)} noValidate>
          {aanmelding.oidc ? <h3 className="inloggen__demokop">Demo: kies zelf een rol</h3> : null}
          <p className="paneel__uitleg">
            Dit is een demonstratie: je kiest zelf een rol, er is geen wachtwoord. Elke rol ziet alleen wat
            die nodig heeft.
          </p>
          <fieldset className="inloggen__rollen">
            <legend>Rol</legend>
            {ROLLEN.map((r) => (
              <label key={r} className="keuze">
                <input
                  type="radio"
                  name={`${id}-rol`}
                  value={r}
                  checked={rol === r}
                  onChange={() => {
                    setRol(r);
                    setFout(null);
                  }}
                />
                <span>
                  <span className="keuze__naam">{ROL_LABEL[r]}</span>
                  <span className="keuze__uitleg">{ROL_UITLEG[r]}</span>
                </span>
              </label>
            ))}
          </fieldset>

          {rol === 'zorgaanbieder' ? (
            <div className="veld">
              <label htmlFor={`${id}-org`}>Organisatie</label>
              <select
                id={`${id}-org`}
                value={organisatie}
                onChange={(e) => {
                  setOrganisatie(e.target.value);
                  setFout(null);
                }}
                aria-invalid={fout?.veld === 'organisatie'}
                aria-describedby={fout?.veld === 'organisatie' ? orgFoutId : undefined}
                disabled={organisaties.status !== 'ok'}
              >
                <option value="">
                  {organisaties.status === 'laden' ? 'Organisaties laden…' : 'Kies een zorgaanbieder'}
                </option>
                {orgLijst.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.naam}
                  </option>
                ))}
              </select>
              {organisaties.status === 'fout' ? (
                <p className="veld__fout" role="alert">
                  {organisaties.fout.message}
                </p>
              ) : null}
              {fout?.veld === 'organisatie' ? (
                <p className="veld__fout" id={orgFoutId} role="alert">
                  {fout.tekst}
                </p>
              ) : null}
            </div>
          ) : null}

          {fout?.veld === 'algemeen' ? (
            <p className="veld__fout" role="alert">
              {fout.tekst}
            </p>
          ) : null}

          <div className="inloggen__knoppen">
            <button type="submit" className="knop knop--primair" disabled={bezig}>
              {rol === 'publiek' ? 'Openbare kaart tonen' : bezig ? 'Bezig met inloggen…' : 'Inloggen'}
            </button>
            <button type="button" className="knop knop--secundair" onClick={onKlaar}>
              Annuleren
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
