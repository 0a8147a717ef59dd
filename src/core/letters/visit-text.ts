/**
 * A visit typed as text, split into its date part and its time of day: "12-03-2025 10:00",
 * "12.03.2025 kl. 9.30", "12-03-2025 kl10:00", or a date alone. The time is the text's last word(s):
 * whitespace, an optional "kl."/"kl", then h:mm or h.mm at the very end. Without such a tail the whole
 * text is the date part.
 *
 * Written without a backtracking pattern over the whole text (issue 15: a lazy `^(.+?)(…)?$` cost
 * quadratic time, 3 s for one 50,000-character Besøg cell): every step below is one pass.
 */
export interface VisitText {
  date: string;
  hour?: number;
  minute?: number;
}

/** h:mm or h.mm at the end; each start position is tried with at most two digits, so one pass. */
const TIME_AT_END = /(\d{1,2})[:.](\d{2})$/;

export function splitVisitText(raw: string): VisitText {
  const text = raw.trim();
  const time = TIME_AT_END.exec(text);
  if (!time) return { date: text };
  const head = text.slice(0, time.index);
  let date = head.trimEnd();
  let separated = date.length < head.length;
  const kl = /kl\.?$/i.exec(date.slice(-3));
  if (kl) {
    const before = date.slice(0, date.length - kl[0].length);
    const trimmed = before.trimEnd();
    // "kl." counts only as a word of its own: "12-03-2025 kl. 10:00", not "…dekl10:00".
    if (trimmed.length < before.length) {
      date = trimmed;
      separated = true;
    }
  }
  if (!separated || date === '') return { date: text };
  return { date, hour: Number(time[1]), minute: Number(time[2]) };
}
