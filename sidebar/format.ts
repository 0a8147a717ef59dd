/** ISO `åååå-mm-dd` → Danish `dd-mm-åååå`; anything else is returned as it is. */
export function danishDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** `tt:mm` (what a time input gives) → minutes after midnight; undefined for anything else. */
export function minutesOfClock(time: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}
