/** ISO `åååå-mm-dd` → Danish `dd-mm-åååå`; anything else is returned as it is. */
export function danishDate(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}
