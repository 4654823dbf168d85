/**
 * The draagkrachtscan endpoints under /api/draagkrachtscan/: address lookup, the analysis around a site and the
 * comparison of sites (draagkrachtscan and beheer), the scan dossiers and their exports (the draagkrachtscan writes,
 * beheer reads). Without a sign-in a 401, for a care provider a 403, before anything is read.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { GemeenteRol, Rol } from '../../src/contract/common';
import {
  AdresZoekAntwoord,
  AdresZoekQuery,
  AnalyseAntwoord,
  AnalyseQuery,
  type Dossier,
  DossierAntwoord,
  DossierCorrectie,
  DossierDefinitief,
  DossierInvoer,
  DossierLeesQuery,
  DossierLijstAntwoord,
  DossierLijstQuery,
  DossierWijziging,
  ExportQuery,
  STAPPEN,
  VergelijkAntwoord,
  VergelijkVerzoek,
} from '../../src/contract/draagkrachtscan';
import { PADEN } from '../../src/contract/endpoints';
import type { Gebruiker } from '../../src/contract/organisatie';
import { dichtheidsindex } from '../aggregate/rgw-dichtheid';
import type { ApiContext, Gegevens } from '../context';
import { ApiFout, geenOpslag, geenToegang, ongeldigeInvoer } from '../http/fout';
import { leesBody, leesJsonBody, leesQuery } from '../http/invoer';
import { json, param, route } from '../http/route';
import { adresregister } from '../scan/adresregister';
import { adresBijPunt, zoekAdres } from '../scan/adres-zoeken';
import { type AnalyseInvoer, analyseer, controleerInvoer } from '../scan/analyse';
import type { DossierRij } from '../scan/dossiers';
import { locatiesGeojson, voorzieningenCsv } from '../scan/export';
import { bepaalPeriode } from './rgw';

/** Kept out of the browser bundle: the path is a variable, which Vite leaves alone (see import.ts). */
const SERVERDEEL = '../scan/serverdeel';
function serverDeel(): Promise<typeof import('../scan/serverdeel')> {
  return import(/* @vite-ignore */ SERVERDEEL) as Promise<typeof import('../scan/serverdeel')>;
}

/** The one gate of every scan endpoint: 401 without sign-in, 403 for a care provider, and for beheer on writes. */
export function alleenScan(rol: Rol, schrijven = false): GemeenteRol {
  if (rol === 'publiek') {
    throw new ApiFout(401, 'niet_ingelogd', 'De draagkrachtscan: log in als medewerker van de gemeente.');
  }
  if (rol === 'zorgaanbieder') {
    throw geenToegang('De draagkrachtscan is alleen voor de gemeente (draagkrachtscan en beheer).');
  }
  if (schrijven && rol !== 'draagkrachtscan') {
    throw geenToegang('Scandossiers vastleggen en wijzigen is voor de draagkrachtscan; beheer mag ze lezen.');
  }
  return rol;
}

function door(gebruiker: Gebruiker) {
  return { wie: gebruiker.naam, rol: gebruiker.rol, organisatie: gebruiker.organisatie?.id ?? null };
}

function analyse(
  g: Gegevens,
  rol: GemeenteRol,
  invoer: AnalyseInvoer & { periode?: string | undefined },
  prefix = '',
) {
  const ringen = controleerInvoer(g, invoer, prefix);
  const periode = bepaalPeriode({ periode: invoer.periode }, rol, g.dataset.peildatum);
  return analyseer(g, rol, invoer, ringen, dichtheidsindex(g.dataset.rgw.zaken), periode);
}

function opslagVan(ctx: ApiContext) {
  if (!ctx.opslag) throw geenOpslag('Scandossiers');
  return ctx.opslag;
}

/** The stored content of a dossier version: what the contract's Dossier has beyond id, version, status and people. */
function inhoudVan(g: Gegevens, rol: GemeenteRol, invoer: DossierInvoer) {
  const i = invoer.initiatief;
  if (i.aanbieder != null && !g.organisaties.has(i.aanbieder)) {
    throw ongeldigeInvoer(
      `aanbieder "${i.aanbieder.slice(0, 60)}" is onbekend: kies een id uit /api/organisaties`,
      'initiatief.aanbieder',
    );
  }
  const ringen = invoer.ringen;
  const locaties = invoer.locaties.map((l, k) => ({
    label: l.label,
    adres: l.adres ?? null,
    positie: l.positie,
    // The snapshot: computed here, from the store, never taken from the client.
    analyse: analyse(
      g,
      rol,
      {
        lon: l.positie[0],
        lat: l.positie[1],
        ringen,
        woonvorm: i.woonvorm,
        doelgroep: i.doelgroep,
        capaciteit: i.capaciteit,
        aanbieder: i.aanbieder ?? undefined,
      },
      `locaties.${k}.`,
    ),
  }));
  const gegeven = new Map((invoer.stappen ?? []).map((s) => [s.code, s] as const));
  const aanbieder =
    i.aanbieder == null
      ? null
      : { id: i.aanbieder, naam: g.organisaties.get(i.aanbieder)?.naam ?? i.aanbieder };
  const inhoud = {
    initiatief: {
      omschrijving: i.omschrijving ?? '',
      aanbieder,
      woonvorm: i.woonvorm,
      doelgroep: i.doelgroep,
      capaciteit: i.capaciteit,
    },
    ringen: locaties[0]?.analyse.ringen.map((r) => r.straalM) ?? [],
    locaties,
    stappen: STAPPEN.map((s) => ({
      code: s.code,
      titel: s.titel,
      gedaan: gegeven.get(s.code)?.gedaan ?? false,
      opmerking: gegeven.get(s.code)?.opmerking ?? '',
    })),
    kwalitatief: {
      mo: invoer.kwalitatief?.mo ?? '',
      so: invoer.kwalitatief?.so ?? '',
      dv: invoer.kwalitatief?.dv ?? '',
    },
    conclusie: { oordeel: invoer.conclusie?.oordeel ?? null, motivering: invoer.conclusie?.motivering ?? '' },
  };
  const zoektekst = [
    invoer.titel,
    i.woonvorm,
    i.doelgroep,
    aanbieder?.naam ?? '',
    ...locaties.flatMap((l) => [
      l.label,
      l.adres ?? '',
      l.analyse.locatie.buurt.naam,
      l.analyse.locatie.wijk.naam,
    ]),
  ].join(' | ');
  return { titel: invoer.titel, inhoud, zoektekst };
}

function naarDossier(rij: DossierRij, versies: readonly DossierRij[]): Dossier {
  const inhoud = rij.inhoud as Omit<
    Dossier,
    | 'id'
    | 'versie'
    | 'status'
    | 'titel'
    | 'correctieReden'
    | 'aangemaakt'
    | 'gewijzigd'
    | 'definitief'
    | 'versies'
  >;
  return {
    id: rij.id,
    versie: rij.versie,
    status: rij.status,
    titel: rij.titel,
    ...inhoud,
    correctieReden: rij.correctieReden,
    aangemaakt: { wie: rij.aangemaaktDoor, tijd: rij.aangemaaktOp },
    gewijzigd: { wie: rij.gewijzigdDoor, tijd: rij.gewijzigdOp },
    definitief:
      rij.definitiefDoor && rij.definitiefOp ? { wie: rij.definitiefDoor, tijd: rij.definitiefOp } : null,
    versies: versies.map((v) => ({ versie: v.versie, status: v.status, gewijzigd: v.gewijzigdOp })),
  };
}

async function leesDossier(ctx: ApiContext, id: string, versie?: number): Promise<Dossier> {
  const { leesVersies } = await serverDeel();
  const versies = await leesVersies(opslagVan(ctx), id);
  const rij = versie === undefined ? versies[versies.length - 1] : versies.find((v) => v.versie === versie);
  if (!rij) throw new ApiFout(404, 'niet_gevonden', `dossier ${id} heeft geen versie ${versie}`);
  return DossierAntwoord.shape.dossier.parse(naarDossier(rij, versies));
}

function bestand(inhoud: Uint8Array | string, type: string, naam: string): Response {
  const bytes = typeof inhoud === 'string' ? new TextEncoder().encode(inhoud) : inhoud;
  return new HttpResponse(bytes.slice(), {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${naam}"`,
      'Cache-Control': 'no-store',
      Vary: 'Authorization',
    },
  });
}

export function maakDraagkrachtscanHandlers(ctx: ApiContext): HttpHandler[] {
  const basis = ctx.basis;
  const exporteer = (
    pad: string,
    soort: string,
    maak: (d: Dossier, g: Gegevens) => Promise<{ inhoud: Uint8Array | string; type: string; naam: string }>,
  ) =>
    http.get(
      basis + pad,
      route(ctx, async ({ url, params, gebruiker, g }) => {
        alleenScan(gebruiker.rol);
        const query = leesQuery(url, ExportQuery);
        const dossier = await leesDossier(ctx, param(params, 'id'), query.versie);
        const uit = await maak(dossier, g);
        await ctx.audit.schrijf({
          ...door(gebruiker),
          wat: 'export',
          doel: query.doel ?? null,
          details: { soort, dossier: dossier.id, versie: dossier.versie },
        });
        return bestand(uit.inhoud, uit.type, uit.naam);
      }),
    );

  return [
    http.get(
      basis + PADEN.scanAdressen,
      route(ctx, async ({ url, gebruiker, g }) => {
        const rol = alleenScan(gebruiker.rol);
        const { q, lon, lat } = leesQuery(url, AdresZoekQuery);
        const register = adresregister(g.dataset.seed);
        let uitslag;
        let zoekterm: string;
        if (q !== undefined && lon === undefined && lat === undefined) {
          zoekterm = q;
          uitslag = await zoekAdres(q, register, g.dataset.buurten, ctx.geocoder);
        } else if (q === undefined && lon !== undefined && lat !== undefined) {
          zoekterm = `${lon}, ${lat}`;
          uitslag = adresBijPunt(register, g.dataset.buurten, [lon, lat]);
        } else {
          throw ongeldigeInvoer('geef een zoekterm (q), of een punt (lon en lat), niet beide', 'q');
        }
        return json(
          AdresZoekAntwoord,
          { rol, zoekterm, kandidaten: uitslag.kandidaten, melding: uitslag.melding, bron: g.bron },
          { rolAfhankelijk: true },
        );
      }),
    ),
    http.get(
      basis + PADEN.scanAnalyse,
      route(ctx, ({ url, gebruiker, g }) => {
        const rol = alleenScan(gebruiker.rol);
        const query = leesQuery(url, AnalyseQuery);
        const antwoord = analyse(g, rol, query);
        ctx.audit.noteer({ ...door(gebruiker), wat: 'lezen-scan-analyse', details: { locaties: 1 } });
        return json(AnalyseAntwoord, antwoord, { rolAfhankelijk: true });
      }),
    ),
    http.post(
      basis + PADEN.scanVergelijk,
      route(ctx, async ({ request, gebruiker, g }) => {
        const rol = alleenScan(gebruiker.rol);
        const body = leesBody(await leesJsonBody(request), VergelijkVerzoek);
        const locaties = body.locaties.map((l, k) => ({
          label: l.label ?? `Locatie ${String.fromCharCode(65 + k)}`,
          analyse: analyse(
            g,
            rol,
            {
              lon: l.lon,
              lat: l.lat,
              ringen: body.ringen,
              woonvorm: body.woonvorm,
              doelgroep: body.doelgroep,
              capaciteit: body.capaciteit,
              aanbieder: body.aanbieder,
              periode: body.periode,
            },
            `locaties.${k}.`,
          ),
        }));
        ctx.audit.noteer({
          ...door(gebruiker),
          wat: 'lezen-scan-analyse',
          details: { locaties: locaties.length },
        });
        return json(VergelijkAntwoord, { rol, locaties, bron: g.bron }, { rolAfhankelijk: true });
      }),
    ),
    http.get(
      basis + PADEN.scanDossiers,
      route(ctx, async ({ url, gebruiker, g }) => {
        const rol = alleenScan(gebruiker.rol);
        const query = leesQuery(url, DossierLijstQuery);
        const { lijstDossiers } = await serverDeel();
        const rijen = await lijstDossiers(opslagVan(ctx), query);
        const dossiers = rijen.map((r) => {
          const d = naarDossier(r, [r]);
          return {
            id: d.id,
            versie: d.versie,
            status: d.status,
            titel: d.titel,
            woonvorm: d.initiatief.woonvorm,
            capaciteit: d.initiatief.capaciteit,
            locaties: d.locaties.map((l) => l.label),
            oordeel: d.conclusie.oordeel,
            gewijzigd: d.gewijzigd.tijd,
            gewijzigdDoor: d.gewijzigd.wie,
          };
        });
        return json(DossierLijstAntwoord, { rol, dossiers, bron: g.bron }, { rolAfhankelijk: true });
      }),
    ),
    http.post(
      basis + PADEN.scanDossiers,
      route(ctx, async ({ request, gebruiker, g }) => {
        const rol = alleenScan(gebruiker.rol, true);
        const db = opslagVan(ctx);
        const invoer = leesBody(await leesJsonBody(request), DossierInvoer);
        const { maakDossier, leesVersies } = await serverDeel();
        const rij = await maakDossier(db, {
          ...inhoudVan(g, rol, invoer),
          door: gebruiker.naam,
          nu: ctx.nu(),
        });
        await ctx.audit.schrijf({
          ...door(gebruiker),
          wat: 'scandossier-aanmaken',
          details: { dossier: rij.id },
        });
        const dossier = naarDossier(rij, await leesVersies(db, rij.id));
        return json(DossierAntwoord, { rol, dossier, bron: g.bron }, { rolAfhankelijk: true, status: 201 });
      }),
    ),
    http.get(
      basis + PADEN.scanDossier,
      route(ctx, async ({ url, params, gebruiker, g }) => {
        const rol = alleenScan(gebruiker.rol);
        const query = leesQuery(url, DossierLeesQuery);
        const dossier = await leesDossier(ctx, param(params, 'id'), query.versie);
        // Opening a dossier is recorded with its purpose before it is sent.
        await ctx.audit.schrijf({
          ...door(gebruiker),
          wat: 'scandossier-openen',
          doel: query.doel,
          details: { dossier: dossier.id, versie: dossier.versie },
        });
        return json(DossierAntwoord, { rol, dossier, bron: g.bron }, { rolAfhankelijk: true });
      }),
    ),
    http.put(
      basis + PADEN.scanDossier,
      route(ctx, async ({ request, params, gebruiker, g }) => {
        const rol = alleenScan(gebruiker.rol, true);
        const db = opslagVan(ctx);
        const invoer = leesBody(await leesJsonBody(request), DossierWijziging);
        const id = param(params, 'id');
        const { wijzigConcept, leesVersies } = await serverDeel();
        await leesVersies(db, id); // a 404 before the analysis is computed
        const rij = await wijzigConcept(db, id, invoer.versie, {
          ...inhoudVan(g, rol, invoer),
          door: gebruiker.naam,
          nu: ctx.nu(),
        });
        await ctx.audit.schrijf({
          ...door(gebruiker),
          wat: 'scandossier-wijzigen',
          details: { dossier: id, versie: rij.versie },
        });
        const dossier = naarDossier(rij, await leesVersies(db, id));
        return json(DossierAntwoord, { rol, dossier, bron: g.bron }, { rolAfhankelijk: true });
      }),
    ),
    http.post(
      basis + PADEN.scanDossierDefinitief,
      route(ctx, async ({ request, params, gebruiker, g }) => {
        const rol = alleenScan(gebruiker.rol, true);
        const db = opslagVan(ctx);
        const { versie } = leesBody(await leesJsonBody(request), DossierDefinitief);
        const id = param(params, 'id');
        const { maakDefinitief, leesVersies } = await serverDeel();
        const rij = await maakDefinitief(db, id, versie, gebruiker.naam, ctx.nu(), (r) => {
          const c = (r.inhoud as { conclusie?: { oordeel?: string | null; motivering?: string } }).conclusie;
          if (!c?.oordeel)
            throw ongeldigeInvoer(
              'geef eerst een conclusie (voldoende, twijfelachtig of onvoldoende)',
              'conclusie.oordeel',
            );
          if (!c.motivering?.trim())
            throw ongeldigeInvoer(
              'motiveer de conclusie voordat het dossier definitief wordt',
              'conclusie.motivering',
            );
        });
        await ctx.audit.schrijf({
          ...door(gebruiker),
          wat: 'scandossier-definitief',
          details: { dossier: id, versie: rij.versie },
        });
        const dossier = naarDossier(rij, await leesVersies(db, id));
        return json(DossierAntwoord, { rol, dossier, bron: g.bron }, { rolAfhankelijk: true });
      }),
    ),
    http.post(
      basis + PADEN.scanDossierCorrectie,
      route(ctx, async ({ request, params, gebruiker, g }) => {
        const rol = alleenScan(gebruiker.rol, true);
        const db = opslagVan(ctx);
        const { reden } = leesBody(await leesJsonBody(request), DossierCorrectie);
        const id = param(params, 'id');
        const { corrigeer, leesVersies } = await serverDeel();
        const rij = await corrigeer(db, id, reden, gebruiker.naam, ctx.nu());
        await ctx.audit.schrijf({
          ...door(gebruiker),
          wat: 'scandossier-correctie',
          details: { dossier: id, versie: rij.versie, reden },
        });
        const dossier = naarDossier(rij, await leesVersies(db, id));
        return json(DossierAntwoord, { rol, dossier, bron: g.bron }, { rolAfhankelijk: true, status: 201 });
      }),
    ),
    exporteer(PADEN.scanRapportPdf, 'scan-rapport-pdf', async (d, g) => {
      const { rapportPdf } = await serverDeel();
      return {
        inhoud: await rapportPdf(d, g.bron, ctx.nu()),
        type: 'application/pdf',
        naam: `draagkrachtscan-${d.id}-v${d.versie}.pdf`,
      };
    }),
    exporteer(PADEN.scanVoorzieningenCsv, 'scan-voorzieningen-csv', (d) =>
      Promise.resolve({
        inhoud: voorzieningenCsv(d),
        type: 'text/csv; charset=utf-8',
        naam: `draagkrachtscan-${d.id}-v${d.versie}-voorzieningen.csv`,
      }),
    ),
    exporteer(PADEN.scanLocatiesGeojson, 'scan-locaties-geojson', (d) =>
      Promise.resolve({
        inhoud: JSON.stringify(locatiesGeojson(d)),
        type: 'application/geo+json',
        naam: `draagkrachtscan-${d.id}-v${d.versie}-locaties.geojson`,
      }),
    ),
  ];
}
