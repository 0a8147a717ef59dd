import { toDanish, type Day } from '../day';
import { MENU, TERMS, count, countOf } from '../text/glossary';

/** The Danish text of meetings (arrangementer) in the sidebar and the participant lists: one voice. */

export const ATTENDANCE_LABELS = { attended: TERMS.attended, absent: TERMS.absent } as const;

/** "12 ledige pladser", "1 ledig plads". */
export const freeSeats = (n: number) => count(n, 'ledig plads', 'ledige pladser');

/** A choice in the move list: "Informationsmøde maj: tirsdag den 13. maj 2025 kl. 10.00 (3 ledige pladser)". */
export const choiceLabel = (name: string, when: string, free: number) => `${name}: ${when} (${freeSeats(free)})`;

export const noOtherWithRoom = (codes: readonly string[]) =>
  `Der er intet andet kommende arrangement med ledige pladser for ${codes.join(' og ')}.`;
export const unknownMeeting = (name: string) =>
  `Rækken nævner arrangementet «${name}», som ikke står i Indstillinger (Arrangementer).`;
export const otherYearMeeting = (name: string, day: Day) =>
  `Rækken nævner «${name}» (${toDanish(day)}), et arrangement i et andet planlægningsår; det er ikke borgerens arrangement i år.`;
export const attendanceOtherYear = (name: string, day: Day) =>
  `«${name}» (${toDanish(day)}) hører til et andet planlægningsår; fremmøde skrives ikke for i år. Intet er ændret.`;
export const attendanceUnread = (text: string) => `«${text}» (skriv ${TERMS.attended} eller ${TERMS.absent})`;

// The endpoints' answers and refusals (the sidebar adds nothing: the message is shown as it is).
export const moved = (name: string, when: string) => `Borgeren er flyttet til «${name}», ${when}. Husk at give borgeren besked.`;
export const alreadyThere = (name: string) => `Borgeren er allerede tilmeldt «${name}». Intet er ændret.`;
export const noSuchMeeting = (name: string) => `Arrangementet «${name}» står ikke i Indstillinger (Arrangementer). Intet er ændret.`;
export const notForOffer = (name: string) => `«${name}» er ikke et arrangement for borgerens tilbud i år. Intet er ændret.`;
export const noMeetingOffer = 'Borgeren har ikke et tilbud om et arrangement i år. Intet er ændret.';
export const meetingPast = (name: string, day: Day) => `«${name}» var ${toDanish(day)} og kan ikke længere vælges. Intet er ændret.`;
export const meetingFull = (name: string) =>
  `«${name}» er fuldt: en kollega har lige taget den sidste plads. Vælg et andet arrangement. Intet er ændret.`;
export const alreadyAttended = (name: string) =>
  `Borgeren deltog i «${name}» og kan ikke flyttes. Ret kolonnen ${TERMS.meeting}, hvis det er en fejl. Intet er ændret.`;
export const noMeetingToAttend = 'Borgeren er ikke tilmeldt et arrangement. Intet er ændret.';
export const notYetHeld = (name: string, day: Day) =>
  `«${name}» holdes først ${toDanish(day)}; fremmøde kan registreres fra den dag. Intet er ændret.`;
export const attendanceRecorded = (label: string, name: string) => `«${label}» er skrevet for «${name}».`;
export const attendanceSame = (label: string) => `«${label}» står allerede i arket. Intet er ændret.`;

/** The history's detail of a move. */
export const movedDetail = (to: string, from: string | undefined) => (from ? `${to} (før: ${from})` : to);

// The participant lists (Deltagerlister): the Google sheet and the offline CSV.
export const PARTICIPANTS_SHEET = MENU.participants;
export const PARTICIPANT_HEADERS = ['Nr.', 'Navn', 'Adresse', 'Telefon', 'Deltog'] as const;
export const PARTICIPANT_CSV_HEADERS = [TERMS.meeting, 'Tidspunkt', 'Sted', 'Nr.', 'Navn', 'Adresse', 'Telefon', 'Deltog'] as const;
export const participantsTitle = (today: Day) =>
  `${MENU.participants} pr. ${toDanish(today)}, sorteret efter navn. Uden CPR-nummer. Kolonnen Deltog kan afkrydses ved døren.`;
export const listHeading = (name: string, when: string, place: string) => `${name}: ${when}, ${place}`;
export const seatsLine = (participants: number, capacity: number) => `${countOf(participants, 'participant')} af ${count(capacity, 'plads', 'pladser')}`;
export const NO_PARTICIPANTS = 'Ingen tilmeldte endnu.';
export const NO_MEETINGS = `Der er ingen arrangementer i ${TERMS.settingsSheet} (tabellen ${TERMS.meetings}).`;
export const NO_NAME = '(uden navn)';
export const unknownInLists = (unknown: readonly { name: string; rows: number }[]) =>
  `Ikke med: ${unknown.map((u) => `${countOf(u.rows, 'row')} med «${u.name}»`).join(', ')}, som ikke står i ${TERMS.settingsSheet} (${TERMS.meetings}).`;
export const participantsShown = (lists: number, participants: number) =>
  `${count(lists, 'deltagerliste', 'deltagerlister')} med ${countOf(participants, 'participant')} i alt.`;
