// A care provider's map at city zoom in Chromium: other providers' locations merge into clusters with a count and
// their capacity per woonvorm, a click on a cluster zooms in until it falls apart, and the own locations are never
// clustered, drawn in orange in the shape of their phase.
import { describe, expect, it } from 'vitest';
import { VoorzieningenZorgaanbiederAntwoord } from '../../src/contract/voorziening';
import { WOONVORM_LABEL } from '../../src/domain/woonvorm';
import { scanVoorzieningen } from './api';
import { laatsteVoorzieningen, logInViaScherm, openApp, pastOpScherm } from './app';
import {
  browserPerBestand,
  DESKTOP,
  kiesVrijSymbool,
  klikOp,
  metSessie,
  schermpunt,
  screenshot,
  tekeningRond,
  TELEFOON,
  wachtOpKaart,
  type Symbool,
  WACHTTIJD_MS,
} from './browser';
import { clusterBeeld, sluitKaartlagen, zetVinkje, zoomUitUrl } from './clusters';

const browser = browserPerBestand();

/** The provider with the most locations, so its own symbols are plenty. */
async function drukkeOrganisatie(): Promise<string> {
  const perOrganisatie = new Map<string, number>();
  for (const v of await scanVoorzieningen()) {
    perOrganisatie.set(v.zorgaanbieder.naam, (perOrganisatie.get(v.zorgaanbieder.naam) ?? 0) + 1);
  }
  const [naam] = [...perOrganisatie.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!naam) throw new Error('de API kent geen voorzieningen');
  return naam;
}

describe('zorgaanbieder: clusters op stadsniveau', () => {
  for (const scherm of [DESKTOP, TELEFOON]) {
    it(`toont clusters met aantal en capaciteit, en zoomt in bij een klik (${scherm.naam})`, async () => {
      const organisatie = await drukkeOrganisatie();
      await metSessie(await browser(), scherm, `zorgaanbieder-clusters-${scherm.naam}`, async (sessie) => {
        const { page } = sessie;
        await openApp(sessie);
        await logInViaScherm(sessie, 'Zorgaanbieder', organisatie);
        // The RGW totals are drawn as cards on Zuid; off, so nothing but our symbols is under the pointer.
        // Named for what the role receives (kenmerken/rgw/laag.ts titelVoor): totals per focus area, no density.
        await zetVinkje(sessie, 'Zaken Rotterdams Goed Wonen per gebied', false);
        await sluitKaartlagen(page);
        await wachtOpKaart(sessie);

        const { voorzieningen } = await laatsteVoorzieningen(sessie, VoorzieningenZorgaanbiederAntwoord);
        const zoom = await zoomUitUrl(page);
        expect(zoom, 'de kaart opent op stadsniveau').toBeLessThan(13);
        const beeld = clusterBeeld(voorzieningen, zoom);
        expect(beeld.clusters.length, 'clusters op stadsniveau').toBeGreaterThan(0);
        expect(beeld.eigen.length, `${organisatie} heeft eigen locaties`).toBeGreaterThan(0);
        await screenshot(page, `zorgaanbieder-clusters-${scherm.naam}`);

        // Every cluster is drawn where the index puts it, and each own location stands alone.
        const symbolen: Symbool<(typeof beeld.clusters)[number]>[] = beeld.clusters.map((c) => ({
          positie: c.positie,
          items: [c],
        }));
        const gekozen = await kiesVrijSymbool(page, symbolen);
        // A core of 8 px: the cluster's dark disc, not only the white digit at its centre, which a 4 px core can hit
        // almost whole (a '4' or '11' crosses the centre) and which looks like the light land around it.
        expect((await tekeningRond(page, gekozen.symbool.positie, 8)).anders).toBeGreaterThan(0.6);
        for (const g of beeld.eigen) {
          const punt = await schermpunt(page, g.positie);
          if (punt.vrij)
            expect((await tekeningRond(page, g.positie, 3)).anders, g.sleutel).toBeGreaterThan(0.5);
        }

        const [cluster] = gekozen.symbool.items;
        if (!cluster) throw new Error('lege cluster');
        if (!scherm.telefoon) {
          // The tooltip: how many, how many places, and the places per woonvorm.
          const punt = await schermpunt(page, cluster.positie);
          await page.mouse.move(punt.x, punt.y);
          const tip = page.getByText(/\d+ voorzieningen · \d+ plaatsen/);
          await tip.waitFor({ state: 'visible', timeout: WACHTTIJD_MS });
          const tekst = await tip.innerText();
          for (const w of cluster.totalen.perWoonvorm) {
            expect(tekst).toContain(`${WOONVORM_LABEL[w.woonvorm]}: ${w.aantal}`);
          }
          expect(tekst).toContain(
            `${cluster.totalen.aantal} voorzieningen · ${cluster.totalen.capaciteit} plaatsen`,
          );
          await screenshot(page, `zorgaanbieder-cluster-tooltip-${scherm.naam}`);
        }

        // A click (a tap) zooms in to where the cluster falls apart.
        const doel = beeld.expansieZoom(cluster.id);
        await klikOp(sessie, cluster.positie);
        await expect.poll(() => zoomUitUrl(page), { timeout: WACHTTIJD_MS }).toBeGreaterThan(zoom);
        await wachtOpKaart(sessie);
        const nieuw = await zoomUitUrl(page);
        expect(nieuw).toBeCloseTo(Math.min(doel, 18), 1);
        // Fallen apart: no cluster at the new zoom still holds all the symbols the clicked one held.
        const leden = beeld.leden(cluster.id);
        const daarna = clusterBeeld(voorzieningen, nieuw);
        for (const c of daarna.clusters) {
          const nu = new Set(daarna.leden(c.id));
          expect(
            leden.every((l) => nu.has(l)),
            'de cluster is uiteengevallen',
          ).toBe(false);
        }
        await screenshot(page, `zorgaanbieder-clusters-${scherm.naam}-ingezoomd`);
        await pastOpScherm(sessie);
      });
    });
  }
});
