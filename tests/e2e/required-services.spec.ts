// Every service the content brief (../shared/CONTENT.md, "Services that must exist") requires is on
// the built site: found by its title among the services of its life area, and its own page opens
// with that title. The list is the brief's, area by area; the patterns match our titles, which may
// say more ("Ohjaamo – ohjausta alle 30-vuotiaille").
import { expect, test } from '@playwright/test';

const REQUIRED: Record<string, RegExp[]> = {
  hyvinvointi: [/^Ravitsemusterapia$/, /^Ruoka- ja ravitsemusohjaus$/, /^Omaolo/, /^Verkkopuntari/, /^Ruokakurssit/, /^Vammaispalvelut$/],
  osallisuus: [/^Saimaan Latu ry/, /^Imatran Klubitalo$/, /^Kulttuuripaja Saimaa$/, /^Toiminnallinen kuntoutus \(Porsti/, /^Toimintakeskus Veturi/, /^Vapaaehtois- ja yhdistystoiminta$/],
  mieli: [/^Mielenterveyden keskusliitto \(MTKL\)/, /^MIELI Suomen Mielenterveys ry/, /^Mielenterveys- ja päihdepalvelut/, /^Psykofyysinen fysioterapia$/, /^Kaikukortti/],
  arki: [/^Seurakuntien diakoniatyö/, /^Talous- ja velkaneuvonta$/, /^Aikuissosiaalityö$/, /^Maahanmuuttopalvelut$/],
  taidot: [/^Etelä-Karjalan Puunsorvaajat$/, /kesäyliopiston kurssit$/i, /^Kansalaisopiston kurssit/],
  keho: [/^Hyvinvointivalmentaja$/, /^Liikuntaneuvonta$/, /liikuntapaikat ja liikuntaryhmät$/, /^Urheiluseurat$/, /^Fysioterapia/],
  'tyo-ja-tulevaisuus': [
    /^Työkykykoordinaattoripalvelu$/,
    /^Työttömien terveystarkastus$/,
    /^Työ- ja toimintakyvyn arviointi$/,
    /^Toimintaterapia$/,
    /^Vammaisten tuettu työllistäminen$/,
    /^Tukea työllistymiseen – TYP/,
    /^Kuntouttava työtoiminta$/,
    /^Sosiaalinen kuntoutus$/,
    /^Ohjaamo/,
    /^Saimaan Virta ry$/,
    /^Työllisyyspalvelut \(entiset TE-palvelut\)$/,
    /^Kelan palvelut/,
  ],
};

for (const [area, titles] of Object.entries(REQUIRED)) {
  test(`the ${area} area lists every service the content brief requires`, async ({ page }) => {
    await page.goto(`/palvelut/${area}/`);
    const names = (await page.locator('.service-card :is(h3, h4) a').allTextContents()).map((name) => name.trim());
    for (const title of titles) expect(names.some((name) => title.test(name)), `${title} in ${names.join(' | ')}`).toBe(true);
  });
}

test('each required service opens on its own page with its title as the main heading', async ({ page }) => {
  const seen = new Set<string>();
  for (const [area, titles] of Object.entries(REQUIRED)) {
    await page.goto(`/palvelut/${area}/`);
    const links = page.locator('.service-card :is(h3, h4) a');
    for (const title of titles) {
      const link = links.filter({ hasText: title }).first();
      const href = (await link.getAttribute('href')) ?? '';
      if (seen.has(href)) continue;
      seen.add(href);
      const name = ((await link.textContent()) ?? '').trim();
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await page.goto(`/palvelut/${area}/`);
    }
  }
  // Every pattern found a service of its own: no two required services share one page.
  expect(seen.size).toBe(Object.values(REQUIRED).flat().length);
});
