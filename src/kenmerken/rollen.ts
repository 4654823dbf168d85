/** The role groups the layer and filter declarations share. */
import { Rol } from '../contract/common';

export const ALLE_ROLLEN: readonly Rol[] = Rol.options;
/** beheer sees what the draagkrachtscan sees (and keeps the data): every scan layer is also its layer. */
export const ZORGAANBIEDER_EN_SCAN: readonly Rol[] = ['zorgaanbieder', 'draagkrachtscan', 'beheer'];
export const ALLEEN_SCAN: readonly Rol[] = ['draagkrachtscan', 'beheer'];
