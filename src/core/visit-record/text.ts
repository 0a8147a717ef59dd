import { type Day, toDanish } from '../day';

/**
 * The Danish words of the visit record (sheet *Besøg*, `besoeg.csv`): column help and the reader's
 * problems. A problem names the row by number and the column by header, never a name or a CPR number.
 */

export const HELP = {
  citizen: 'Borgerens nøgle (skrives af «Registrér besøget»). I en fil til planlæggeren må der stå et CPR-nummer.',
  name: 'Borgerens navn, så rækken kan læses. Fjernes, når en ophørt borger slettes.',
  day: 'Dato for kontakten (dd-mm-åååå).',
  consultant: 'Forebyggelseskonsulenten, der havde kontakten.',
  offer: 'Tilbuddets kode, fx ALDER_80 (tom, hvis kontakten ikke hørte til et tilbud).',
  form: 'Hjemmebesøg, Telefonsamtale, Arrangement, Sorgstøttesamtale eller Åben rådgivning. Annulleret tager en fejlregistrering tilbage.',
  minutes: 'Kontaktens varighed i hele minutter.',
  themes: 'Temaer fra profilens liste, adskilt af semikolon. Ingen fri tekst: noter hører til i journalen.',
  chairStand: 'Rejse-sætte-sig-testen: antal rejsninger på 30 sekunder, et helt tal 0-60 (brugte armene = 0). Tom, hvis testen ikke blev lavet.',
  sex: 'mand eller kvinde (M/K), til læsningen af testen. Tom: læses af CPR-nummeret.',
  reading: 'Testens læsning mod normen, med normens navn (skrives af «Registrér besøget»).',
  referrals: 'Henvisninger og rådgivning fra profilens liste, adskilt af semikolon.',
  followUp: 'Dato for opfølgning: fra den dag er borgeren Opfølgning, til en ny kontakt registreres.',
  id: 'Rækkens id (skrives af fhb). Ret aldrig en registreret række: registrér en ny, der erstatter den.',
  supersedes: 'Id på den række, denne række retter. Den gamle række tælles så ikke med.',
} as const;

export const rowProblem = (row: number, message: string) => `Række ${row}: ${message}`;
export const missingCitizen = 'mangler borgerens nøgle (Nøgle eller CPR).';
export const missingDay = 'mangler datoen (Dato).';
export const badDay = (message: string) => message;
export const unknownForm = (shown: string) =>
  `Form: ${shown} er ikke en kendt form. Brug Hjemmebesøg, Telefonsamtale, Arrangement, Sorgstøttesamtale, Åben rådgivning eller Annulleret.`;
export const badMinutes = (shown: string) => `Minutter: ${shown} er ikke et helt antal minutter.`;
export const badSex = (shown: string) => `Køn: ${shown} er hverken mand eller kvinde (M/K).`;
export const unknownCode = (header: string, shown: string, valid: readonly string[]) =>
  `${header}: ${shown} står ikke på profilens liste (${valid.join(', ')}).`;
export const badFollowUp = (followUp: Day, day: Day, last: Day) =>
  `Opfølgning: ${toDanish(followUp)} skal ligge efter besøgets dato (${toDanish(day)}) og senest ${toDanish(last)}.`;
export const unknownSupersedes = (shown: string) => `Erstatter: ingen række har Id ${shown}.`;
export const duplicateId = (shown: string, first: number) => `Id ${shown} står også i række ${first}; rækken tælles ikke med.`;
export const missingColumns = (headers: readonly string[]) =>
  `Besøgsarket mangler kolonnen ${headers.map((h) => `«${h}»`).join(' og ')}.`;

export const followUpOn = (day: Day) => `Opfølgning fra ${toDanish(day)}`;
export const cancelWithout = 'Form Annulleret kræver Id på den række, der tages tilbage, i Erstatter.';

/** The daily run's and «Opdater nu»'s word on follow-ups in Besøg that name no citizen in Borgere. */
export const unmatchedFollowUps = (rows: readonly number[]) =>
  rows.length === 0
    ? ''
    : `${rows.length === 1 ? 'Rækken' : 'Rækkerne'} ${rows.join(', ')} i «Besøg» har en opfølgning, men nøglen passer ikke til nogen borger i «Borgere», så opfølgningen er ikke skrevet der. Ret nøglen (eller skriv CPR-nummeret) i en ny række, der erstatter den.`;
export const followUpsWritten = (n: number) => (n === 0 ? '' : `${n} ${n === 1 ? 'opfølgning' : 'opfølgninger'} fra «Besøg» skrevet i «Borgere».`);
