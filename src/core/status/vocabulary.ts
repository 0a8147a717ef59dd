/**
 * The status of a citizen's offer this year: one Danish word each, one calm colour each (the sheet's
 * conditional formats, the offline plan.xlsx and the sidebar all read this table).
 */
export const STATUSES = [
  { id: 'due', label: 'Skal inviteres', background: '#fde6c8', text: '#5c3b00', help: 'Perioden er begyndt, og borgeren er ikke inviteret endnu.' },
  { id: 'followUp', label: 'Opfølgning', background: '#e6dcf7', text: '#3d1f6b', help: 'Opfølgningsdatoen fra et besøg er nået, og der er ikke registreret en nyere kontakt. Planlæg besøget eller ring.' },
  { id: 'upcoming', label: 'Kommende', background: '#e3ecf7', text: '#1f3a5c', help: 'Perioden er ikke begyndt endnu.' },
  { id: 'overdue', label: 'Overskredet', background: '#f7d4d4', text: '#6b1111', help: 'Perioden er slut, uden at borgeren blev inviteret.' },
  { id: 'invited', label: 'Inviteret', background: '#fff3b8', text: '#4d4000', help: 'Invitationen er sendt eller borgeren er ringet op.' },
  { id: 'unannounced', label: 'Besøg planlagt – ikke meddelt', background: '#f9d7f0', text: '#5c1049', help: 'Besøget har fået dato og tid, men borgeren har ikke fået brev om det (eller besøget er flyttet siden brevet). Flet brevet.' },
  { id: 'booked', label: 'Besøg aftalt', background: '#d3e8fb', text: '#0d3a66', help: 'Der er aftalt en dato og et tidspunkt.' },
  { id: 'done', label: 'Gennemført', background: '#d6f0d9', text: '#14461c', help: 'Besøget, mødet eller samtalen er gennemført.' },
  { id: 'declined', label: 'Frabedt', background: '#e4e4e4', text: '#333333', help: 'Borgeren har sagt nej tak i år.' },
  { id: 'exempt', label: 'Undtaget', background: '#eeeeee', text: '#666666', help: 'Borgeren er undtaget fra ordningen.' },
  { id: 'none', label: 'Ikke aktuel', background: '#fafafa', text: '#6b6b6b', help: 'Borgeren er ikke i målgruppen for et tilbud i år.' },
  { id: 'ended', label: 'Ophørt', background: '#f2f2f2', text: '#666666', help: 'Borgeren er ophørt (død, fraflyttet, plejebolig): ingen tilbud, breve, opkald eller besøg fra ophørsdatoen.' },
] as const;

export type StatusId = (typeof STATUSES)[number]['id'];
export type Status = (typeof STATUSES)[number];

const BY_ID = new Map<string, Status>(STATUSES.map((s) => [s.id, s]));
const BY_LABEL = new Map<string, Status>(STATUSES.map((s) => [s.label.toLowerCase(), s]));

export function statusById(id: StatusId): Status {
  return BY_ID.get(id)!;
}

export function statusByLabel(label: string): Status | undefined {
  return BY_LABEL.get(label.trim().toLowerCase());
}
