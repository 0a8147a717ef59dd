import { normalizeHeader } from '../sheet/columns';
import { ATTENDANCE_LABELS } from './text';

/** Attendance at a meeting, as the column Deltog i arrangement holds it: "Deltog" or "Udeblev". */
export const ATTENDANCE = ['attended', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

const READ: Record<string, Attendance> = {
  deltog: 'attended', ja: 'attended', x: 'attended', moedt: 'attended', moedtop: 'attended',
  udeblev: 'absent', nej: 'absent', udeblevet: 'absent', ikkemoedt: 'absent',
};

/** The cell read leniently (a team may type "ja", "x", "udeblev"); `unreadable` keeps what it says. */
export function readAttendance(cell: unknown): { kind: 'none' } | { kind: 'set'; value: Attendance } | { kind: 'unreadable'; text: string } {
  const text = cell === null || cell === undefined ? '' : String(cell).trim();
  if (text === '') return { kind: 'none' };
  const value = READ[normalizeHeader(text)];
  return value ? { kind: 'set', value } : { kind: 'unreadable', text };
}

export const attendanceLabel = (a: Attendance) => ATTENDANCE_LABELS[a];
