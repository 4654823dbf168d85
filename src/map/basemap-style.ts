/** The basemap: a calm, plain background and nothing fetched from anywhere; real geography comes in a later issue. */
import type { StyleSpecification } from 'maplibre-gl';
import type { LonLat } from '../contract/common';

export const ACHTERGROND_KLEUR = '#eef0ec';

export const ATTRIBUTIE = 'demodata; schematische achtergrond';

/** Rotterdam, city centre on the Maas; the whole municipality fits at this zoom on a desktop screen. */
export const START_BEELD = { centrum: [4.48, 51.91] satisfies LonLat, zoom: 11.3 } as const;

/** Keeps the view near Rotterdam, including the port to the west; there is nothing to see elsewhere. */
export const GRENZEN: [LonLat, LonLat] = [
  [3.85, 51.7],
  [4.85, 52.1],
];

export function basemapStijl(): StyleSpecification {
  return {
    version: 8,
    name: 'HKD-kaart schematisch',
    sources: {},
    layers: [{ id: 'achtergrond', type: 'background', paint: { 'background-color': ACHTERGROND_KLEUR } }],
  };
}

/** Dutch texts for maplibre's own controls (buttons, canvas label, gesture hints). */
export const KAART_TEKSTEN: Record<string, string> = {
  'Map.Title': 'Kaart met voorzieningen',
  'NavigationControl.ZoomIn': 'Inzoomen',
  'NavigationControl.ZoomOut': 'Uitzoomen',
  'NavigationControl.ResetBearing': 'Kaart naar het noorden draaien',
  'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
  'CooperativeGesturesHandler.WindowsHelpText': 'Gebruik Ctrl + scrollen om in te zoomen',
  'CooperativeGesturesHandler.MacHelpText': 'Gebruik ⌘ + scrollen om in te zoomen',
  'CooperativeGesturesHandler.MobileHelpText': 'Gebruik twee vingers om de kaart te verschuiven',
};
