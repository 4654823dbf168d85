/**
 * The Monitor's texts for residents (taalniveau B1, held by b1-teksten.test.ts), apart from publiek-teksten.ts so the
 * map's first visit does not download them: only the lazy Monitor imports this module.
 */

/** What publiek reads beside the figures (the demodata notes say what is made up). */
export const MONITOR = {
  rolPubliek: 'Je ziet de totalen voor heel Rotterdam. Cijfers over één locatie zijn niet openbaar.',
  uitstroom:
    'Cliënten die naar een woning van een corporatie verhuizen. Dat kan met directe bemiddeling (een huur- en zorgovereenkomst) of met een gewone urgentie. Vanaf 2024 gaat alles via directe bemiddeling.',
  demoUitstroom:
    'De cijfers zijn verzonnen. Ze passen bij de uitstroommonitor 2022: 1.100 tot 1.200 mensen per jaar. In 2022 ging 56% via directe bemiddeling.',
  demoAanbod:
    'De cijfers zijn verzonnen. Alleen de 4.900 vrijgekomen woningen in 2023 komen uit de bronnen. Dat was een verwachting.',
  demoWachttijd:
    'Alleen 2022 volgt de uitstroommonitor: van 3,6 maanden in januari naar 4,4 in december. De maanden daarna zijn verzonnen.',
  woningen:
    'Het doel is 1.235 woningen in 2030. Bij het convenant waren het er 900. De stippellijn is het plan, geen resultaat.',
  demoWoningen:
    'Het plan voor de jaren tussen 2023 en 2030 is gelijk verdeeld. Gerealiseerd is verzonnen: het aantal woningen in de demodata, elk jaar 900.',
  wonenEerst:
    'Wonen eerst is voor mensen die lang dakloos waren. De corporaties spraken 50 woningen per jaar af. Het zijn gewone woningen, geen voorziening.',
  demoWonenEerst:
    'De cijfers zijn verzonnen volgens de afspraak: 50 per jaar vanaf 1 april 2023. Het lopende jaar telt tot de peildatum.',
  demoRgw: 'De zaken zijn verzonnen. Het doel komt uit het Uitvoeringsplan.',
  rgwSplitsing:
    'Reactief: na een melding. Proactief: zelf gevonden, met toezicht of bij een integrale actie. Mono: één dienst pakt de zaak aan. Multi: meer diensten samen.',
  rgwBasis:
    "Wat de programma's vóór Rotterdams Goed Wonen in 2024 deden, voor de hele stad samen. Deze cijfers zijn gepubliceerd in het Uitvoeringsplan. Daarom staan ze hier precies zo, niet afgerond. Cijfers per wijk staan hier niet.",
  rgwBron: 'Zaken zijn een beetje veranderd en afgerond op 5. Onder 5 staat "minder dan 5".',
} as const;
