/**
 * What the consultants read from set-up, refresh and the daily update: one Danish voice in one place.
 */
import { MENU_ITEM as SELF_TEST } from '../../core/selftest/text';
import { STATUSES } from '../../core/status/vocabulary';
import { BUSY_TITLE, MENU, TERMS, busy } from '../../core/text/glossary';
export const TITLE = 'Forebyggende hjemmebesøg';

export const text = {
  busy: busy(),
  busyTitle: BUSY_TITLE,
  setupDone: (added: number) =>
    added === 0
      ? 'Arket er sat op og opdateret. Intet skulle ændres.'
      : `Arket er sat op: ${added} ${added === 1 ? 'kolonne er' : 'kolonner er'} tilføjet. Jeres egne kolonner og data er urørt.`,
  superseded: (headers: string[]) =>
    `Kolonnerne ${headers.map((h) => `«${h}»`).join(', ')} indeholder jeres egne værdier. De er bevaret, og der er sat nye, beregnede kolonner ind foran dem. Slet de gamle, når I ikke bruger dem mere.`,
  setupFailed: (message: string) => `Opsætningen blev afbrudt: ${message}\n\nIntet af jeres data er slettet. Vælg «${MENU.setup}» igen for at gøre den færdig.`,
  refreshDone: (date: string) => `Opdateret. Referencedatoen er ${date}.`,
  needsSetup: 'Arket er ikke sat op endnu. Vælg «Opsæt eller opgrader arket» i menuen Forebyggende hjemmebesøg først.',
  settingsNotOurs:
    'Der findes allerede et ark, der hedder «Indstillinger», men det er ikke tilføjelsens indstillinger. Omdøb jeres ark (fx til «Indstillinger (egne)»), og vælg «Opsæt eller opgrader arket» igen.',
  computedWarning: (header: string) => `${header} beregnes af formlen i række 2. Ret i borgerens oplysninger i stedet.`,
  dateHelp: 'Skriv en dato som dd-mm-åååå.',
  visitHelp: 'Skriv dato og tid som dd-mm-åååå tt:mm.',
  birthHelp: 'Skriv fødselsdatoen som dd-mm-åååå (eller CPR-nummer).',
  consultantHelp: 'Vælg en konsulent fra listen i Indstillinger.',
  exemptionHelp: 'Vælg grunden fra profilens liste (Vis regler viser dem), eller skriv ja. Anden tekst gælder som teamets egen vurdering.',
  exemptionHelpExhaustive: 'Vælg grunden fra profilens liste (Vis regler viser dem), eller skriv ja. Profilen undtager kun disse grunde: anden tekst undtager ikke.',
  endReasonHelp: 'Vælg årsagen: død, fraflyttet, plejebolig eller andet.',
  profileHelp: 'Vælg kommunens profil.',
  mergeModeHelp: 'Vælg hvordan brevene flettes.',
};

export const HELP_TITLE = 'Hjælp: Forebyggende hjemmebesøg';

/** The help dialog, as paragraphs (escaped when shown); menu names and statuses from the glossary and the status list. */
export const HELP_PARAGRAPHS: readonly string[] = [
  'Arket «Borgere» har én række pr. borger. Udfyld navn, fødselsdato (eller CPR), bor alene, særlig risiko osv. Kolonnerne Kode til Begrundelse beregnes af sig selv: formlen står kun i række 2 og gælder hele kolonnen.',
  `Status og farve: ${STATUSES.map((s) => s.label).join(', ')}. Hele rækken farves efter status. Forklaringen står på arket «${TERMS.settingsSheet}».`,
  'Skriv datoen i Inviteret, Besøg, Gennemført eller Frabedt, når der sker noget (eller brug sidepanelet). Så skifter status og farve med det samme. Hvert år får sin egen dato; sidste års flyttes til arket «Historik», når året lukkes.',
  `Referencedatoen i ${TERMS.settingsSheet} (B2) sættes hver nat til dagens dato, så farverne følger med, når en periode åbner eller lukker. «${MENU.refresh}» gør det med det samme. Den første opdatering i et nyt år lukker det gamle år: alt bevares i «Historik».`,
  `Profilen i ${TERMS.settingsSheet} (B3) bestemmer kommunens regler («${MENU.showRules}» viser dem). Kontaktoplysninger, konsulenter, lukkedage, ${TERMS.meetings.toLowerCase()} og brevskabeloner står også i ${TERMS.settingsSheet}.`,
  `«${MENU.importCitizens}» henter den månedlige borgerliste (CSV eller Excel) og viser først, hvad der ændres. «${MENU.deleteEnded}» sletter borgere, der ophørte for længe siden; «Historik» beholder hændelserne uden navn.`,
  `${TERMS.meetings}: fletningen giver hver borger en plads, brevet nævner stedet og tiden, og sidepanelet kan flytte borgeren og notere, om vedkommende ${TERMS.attended.toLowerCase()}. «${MENU.participants}» laver listerne til at printe.`,
  `«${MENU.setup}» kan altid køres igen: den tilføjer kun det, der mangler, og ændrer aldrig jeres egne data.`,
  `«${SELF_TEST}» (her under ${MENU.help}) prøver alt det, fhb bruger hos Google, i et midlertidigt ark og en midlertidig mappe, som fjernes igen, og viser ✓ eller ✗ for hvert punkt. Kør den efter hver ny version, eller når noget ikke virker.`,
];
