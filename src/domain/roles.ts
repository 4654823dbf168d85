/** What each role may see: the precision table and the pure projections the API runs before anything is sent. */
import type { GemeenteRol, LonLat, Rol } from '../contract/common';
import type { Gebruiker } from '../contract/organisatie';
import type {
  Voorziening,
  VoorzieningPubliek,
  VoorzieningVoorRol,
  VoorzieningVoorScan,
  VoorzieningVoorZorgaanbieder,
} from '../contract/voorziening';

export type Precisie = 'pc4' | 'pc6' | 'adres';

/** The finest location each role receives for a non-confidential facility. Confidential ones: buurt, or nothing. */
export const PRECISIE: Record<Rol, Precisie> = {
  publiek: 'pc4',
  zorgaanbieder: 'pc6',
  draagkrachtscan: 'adres',
  beheer: 'adres',
};

export const ROL_LABEL: Record<Rol, string> = {
  publiek: 'Publiek',
  zorgaanbieder: 'Zorgaanbieder',
  draagkrachtscan: 'Draagkrachtscan (gemeente)',
  beheer: 'Beheer HKD (gemeente)',
};

/** Per role: may it receive RGW density finer than the totals per focus area, and counts of individual homes? */
export const RECHTEN: Record<Rol, { rgwDichtheidFijn: boolean; individueleWoningen: boolean }> = {
  publiek: { rgwDichtheidFijn: false, individueleWoningen: false },
  zorgaanbieder: { rgwDichtheidFijn: false, individueleWoningen: false },
  draagkrachtscan: { rgwDichtheidFijn: true, individueleWoningen: true },
  beheer: { rgwDichtheidFijn: true, individueleWoningen: true },
};

/** The municipality's roles with address-level access (the draagkrachtscan and beheer): one answer shape for both. */
export function isGemeenteRol(rol: Rol): rol is GemeenteRol {
  return rol === 'draagkrachtscan' || rol === 'beheer';
}

/** Area centroids the projections may place a facility at instead of its address. */
export interface Gebiedsposities {
  pc4(code: string): LonLat;
  buurt(code: string): LonLat;
}

export const PUBLIEK: Gebruiker = { rol: 'publiek', naam: 'Bezoeker', organisatie: null };

/**
 * The view of one facility for one user, or null when the user may not know it exists.
 * Every field is picked by name: a field added to `Voorziening` stays on the server until a role is given it here.
 */
export function projecteer(
  v: Voorziening,
  gebruiker: Gebruiker,
  posities: Gebiedsposities,
): VoorzieningVoorRol | null {
  switch (gebruiker.rol) {
    case 'publiek':
      return projecteerPubliek(v, posities);
    case 'zorgaanbieder':
      return projecteerZorgaanbieder(v, gebruiker.organisatie?.id ?? null, posities);
    case 'draagkrachtscan':
    case 'beheer':
      return projecteerScan(v, posities);
  }
}

export function projecteerPubliek(v: Voorziening, posities: Gebiedsposities): VoorzieningPubliek | null {
  if (v.vertrouwelijk) return null;
  return {
    id: v.id,
    naam: v.naam,
    woonvorm: v.woonvorm,
    zorgaanbieder: { id: v.zorgaanbieder.id, naam: v.zorgaanbieder.naam },
    pc4: v.pc4,
    url: v.url,
    precisie: 'pc4',
    positie: posities.pc4(v.pc4),
  };
}

export function projecteerZorgaanbieder(
  v: Voorziening,
  organisatieId: string | null,
  posities: Gebiedsposities,
): VoorzieningVoorZorgaanbieder {
  const eigen = organisatieId !== null && v.zorgaanbieder.id === organisatieId;
  if (v.vertrouwelijk) {
    const basis = {
      id: v.id,
      precisie: 'buurt' as const,
      vertrouwelijk: true as const,
      woonvorm: v.woonvorm,
      doelgroep: v.doelgroep,
      capaciteit: v.capaciteit,
      buurt: v.buurt,
      wijk: v.wijk,
      positie: posities.buurt(v.buurt),
    };
    if (!eigen) return { ...basis, eigen: false };
    return {
      ...basis,
      eigen: true,
      naam: v.naam,
      zorgaanbieder: { id: v.zorgaanbieder.id, naam: v.zorgaanbieder.naam },
      fase: v.fase,
      faseHistorie: v.faseHistorie.map((w) => ({ ...w })),
    };
  }
  const basis = {
    id: v.id,
    naam: v.naam,
    woonvorm: v.woonvorm,
    zorgaanbieder: { id: v.zorgaanbieder.id, naam: v.zorgaanbieder.naam },
    pc4: v.pc4,
    url: v.url,
    doelgroep: v.doelgroep,
    capaciteit: v.capaciteit,
    beheer: { ...v.beheer },
    startdatum: v.startdatum,
    buurt: v.buurt,
    wijk: v.wijk,
    precisie: 'pc6' as const,
    vertrouwelijk: false as const,
    pc6: v.adres.postcode,
    positie: v.pc6Positie,
  };
  if (!eigen) return { ...basis, eigen: false };
  return { ...basis, eigen: true, fase: v.fase, faseHistorie: v.faseHistorie.map((w) => ({ ...w })) };
}

export function projecteerScan(v: Voorziening, posities: Gebiedsposities): VoorzieningVoorScan {
  const gemeenschappelijk = {
    id: v.id,
    naam: v.naam,
    zorgaanbieder: { id: v.zorgaanbieder.id, naam: v.zorgaanbieder.naam },
    woonvorm: v.woonvorm,
    doelgroep: v.doelgroep,
    capaciteit: v.capaciteit,
    beheer: { ...v.beheer },
    startdatum: v.startdatum,
    buurt: v.buurt,
    wijk: v.wijk,
    fase: v.fase,
    faseHistorie: v.faseHistorie.map((w) => ({ ...w })),
  };
  if (v.vertrouwelijk) {
    return {
      ...gemeenschappelijk,
      precisie: 'buurt',
      vertrouwelijk: true,
      positie: posities.buurt(v.buurt),
    };
  }
  const { toevoeging, ...adres } = v.adres;
  return {
    ...gemeenschappelijk,
    pc4: v.pc4,
    url: v.url,
    precisie: 'adres',
    vertrouwelijk: false,
    pc6: v.adres.postcode,
    adres: toevoeging === undefined ? { ...adres } : { ...adres, toevoeging },
    positie: v.positie,
  };
}
