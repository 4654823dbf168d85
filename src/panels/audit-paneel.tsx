/** For `beheer`: the audit trail as a filterable table (the table-twin conventions of data-tabel.tsx) and the chain's status. */
import { useId, useState, type FormEvent } from 'react';
import { useAudit, useAuditControle, verversAudit } from '../api/audit';
import type { AuditRegel } from '../contract/audit';
import { Rol } from '../contract/common';
import type { AuditQuery } from '../contract/endpoints';
import { AUDIT_SOORTEN, auditDetails, auditSoort } from '../domain/audit-weergave';
import { ROL_LABEL } from '../domain/roles';
import { DataTabel, type Kolom } from './data-tabel';

const PAGINA = 50;

const KOLOMMEN: readonly Kolom<AuditRegel>[] = [
  { id: 'volgnummer', kop: 'Nr.', waarde: (r) => r.volgnummer, numeriek: true, smal: true },
  {
    id: 'tijd',
    kop: 'Tijd',
    waarde: (r) => r.tijd,
    toon: (r) => new Date(r.tijd).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'medium' }),
    smal: true,
  },
  { id: 'wat', kop: 'Wat', waarde: (r) => auditSoort(r.wat) },
  { id: 'wie', kop: 'Wie (rol)', waarde: (r) => `${r.wie} (${r.rol})` },
  { id: 'details', kop: 'Details', waarde: (r) => auditDetails(r) },
];

interface Invoer {
  wie: string;
  rol: string;
  wat: string;
  van: string;
  tot: string;
}

const LEEG: Invoer = { wie: '', rol: '', wat: '', van: '', tot: '' };

function naarQuery(invoer: Invoer, voor: number | undefined): AuditQuery {
  const rol = Rol.safeParse(invoer.rol);
  return {
    limiet: PAGINA,
    ...(invoer.wie.trim() ? { wie: invoer.wie.trim() } : {}),
    ...(rol.success ? { rol: rol.data } : {}),
    ...(invoer.wat ? { wat: invoer.wat } : {}),
    ...(invoer.van ? { van: invoer.van } : {}),
    ...(invoer.tot ? { tot: invoer.tot } : {}),
    ...(voor === undefined ? {} : { voor }),
  };
}

function Ketenstatus() {
  const controle = useAuditControle(true);
  if (controle.status === 'laden') return <p className="laden">Keten controleren…</p>;
  if (controle.status === 'fout') return <p className="veld__fout">{controle.fout.message}</p>;
  const c = controle.data;
  return c.goed ? (
    <p className="audit__keten audit__keten--goed" role="status">
      Keten gaaf: {c.regels.toLocaleString('nl-NL')} regels, elke regel wijst naar de vorige.
    </p>
  ) : (
    <p className="audit__keten audit__keten--fout" role="alert">
      Keten verbroken bij regel {c.volgnummer}: {c.melding}
    </p>
  );
}

export function AuditPaneel() {
  const id = useId();
  const [invoer, setInvoer] = useState<Invoer>(LEEG);
  const [filter, setFilter] = useState<Invoer>(LEEG);
  /** The `voor` of each page seen, so "Nieuwere regels" can go back. */
  const [paginas, setPaginas] = useState<(number | undefined)[]>([undefined]);
  const [gekozen, setGekozen] = useState<string | null>(null);
  const voor = paginas.at(-1);
  const lijst = useAudit(naarQuery(filter, voor));

  const zet = (veld: keyof Invoer) => (e: { target: { value: string } }) =>
    setInvoer((oud) => ({ ...oud, [veld]: e.target.value }));
  function pasToe(e: FormEvent) {
    e.preventDefault();
    setFilter(invoer);
    setPaginas([undefined]);
    setGekozen(null);
  }
  const regel =
    lijst.status === 'ok' ? lijst.data.regels.find((r) => String(r.volgnummer) === gekozen) : undefined;

  return (
    <section className="paneel audit" aria-labelledby={`${id}-kop`}>
      <div className="paneel__kop">
        <h2 id={`${id}-kop`}>Audittrail</h2>
        <button type="button" className="knop knop--tekst" onClick={verversAudit}>
          Vernieuwen
        </button>
      </div>
      <p className="paneel__uitleg">
        Wie wat heeft gelezen of gewijzigd: aanmeldingen, lezingen op adresniveau (gebundeld per seconde),
        fasewissels en imports. Niemand kan de trail wijzigen of wissen.
      </p>
      <Ketenstatus />
      <form className="audit__filters" onSubmit={pasToe} aria-label="Audittrail filteren">
        <div className="veld">
          <label htmlFor={`${id}-wie`}>Wie</label>
          <input id={`${id}-wie`} value={invoer.wie} onChange={zet('wie')} />
        </div>
        <div className="veld">
          <label htmlFor={`${id}-rol`}>Rol</label>
          <select id={`${id}-rol`} value={invoer.rol} onChange={zet('rol')}>
            <option value="">Alle rollen</option>
            {Rol.options
              .filter((r) => r !== 'publiek')
              .map((r) => (
                <option key={r} value={r}>
                  {ROL_LABEL[r]}
                </option>
              ))}
          </select>
        </div>
        <div className="veld">
          <label htmlFor={`${id}-wat`}>Wat</label>
          <select id={`${id}-wat`} value={invoer.wat} onChange={zet('wat')}>
            <option value="">Alles</option>
            {Object.entries(AUDIT_SOORTEN).map(([code, naam]) => (
              <option key={code} value={code}>
                {naam}
              </option>
            ))}
          </select>
        </div>
        <div className="veld">
          <label htmlFor={`${id}-van`}>Van</label>
          <input id={`${id}-van`} type="date" value={invoer.van} onChange={zet('van')} />
        </div>
        <div className="veld">
          <label htmlFor={`${id}-tot`}>Tot en met</label>
          <input id={`${id}-tot`} type="date" value={invoer.tot} onChange={zet('tot')} />
        </div>
        <button type="submit" className="knop knop--secundair">
          Filteren
        </button>
      </form>
      {lijst.status === 'laden' ? (
        <p className="laden" role="status">
          Audittrail laden…
        </p>
      ) : lijst.status === 'fout' ? (
        <p className="veld__fout" role="alert">
          {lijst.fout.message}
        </p>
      ) : (
        <>
          <DataTabel
            bijschrift="Audittrail, nieuwste eerst"
            kolommen={KOLOMMEN}
            rijen={lijst.data.regels}
            rijSleutel={(r) => String(r.volgnummer)}
            selectieSleutel={(r) => String(r.volgnummer)}
            geselecteerd={gekozen}
            onSelecteer={setGekozen}
            standaardSortering={{ kolom: 'volgnummer', richting: 'aflopend' }}
            leeg="Geen regels met deze filters."
          />
          {regel ? (
            <p className="audit__hash">
              Regel {regel.volgnummer}: hash <code>{regel.hash.slice(0, 16)}…</code>, vorige{' '}
              <code>{regel.vorigeHash.slice(0, 16)}…</code>
              {regel.organisatie ? `, organisatie ${regel.organisatie}` : ''}
              {regel.doel ? `, doel: ${regel.doel}` : ''}
            </p>
          ) : null}
          <div className="audit__paginas">
            <button
              type="button"
              className="knop knop--tekst"
              disabled={paginas.length <= 1}
              onClick={() => setPaginas((p) => p.slice(0, -1))}
            >
              Nieuwere regels
            </button>
            <button
              type="button"
              className="knop knop--tekst"
              disabled={lijst.data.volgende === null}
              onClick={() => {
                const volgende = lijst.data.volgende;
                if (volgende !== null) setPaginas((p) => [...p, volgende]);
              }}
            >
              Oudere regels
            </button>
          </div>
        </>
      )}
    </section>
  );
}
