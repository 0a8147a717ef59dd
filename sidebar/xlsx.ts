import { columnOfRef, isDateFormat, rowsToDelimited, serialToDanish } from '../src/core/import/cells';
import { zipEntries, type ZipEntry } from '../src/core/import/zip';

/**
 * The first sheet of an .xlsx workbook as `;`-separated text, read in the browser with what it already has
 * (DecompressionStream for the ZIP's deflate, DOMParser for the XML): no library in the sidebar. Dates
 * (cells whose number format shows a date) become `dd-mm-åååå`, as in a CSV from Danish Excel. Undefined
 * when the workbook cannot be read (the caller says so in Danish).
 */
export async function xlsxToText(bytes: Uint8Array): Promise<string | undefined> {
  const entries = zipEntries(bytes);
  if (!entries) return undefined;
  const xml = async (name: string) => {
    const entry = entries.get(name);
    return entry ? new DOMParser().parseFromString(await inflate(entry), 'application/xml') : undefined;
  };
  const sheetPath = await firstSheetPath(xml);
  const sheet = await xml(sheetPath);
  if (!sheet) return undefined;
  const shared = sharedStrings(await xml('xl/sharedStrings.xml'));
  const dateStyles = dateStyleIndexes(await xml('xl/styles.xml'));

  const rows: string[][] = [];
  for (const row of Array.from(sheet.getElementsByTagName('row'))) {
    const index = Number(row.getAttribute('r') ?? rows.length + 1) - 1;
    const cells: string[] = [];
    for (const c of Array.from(row.getElementsByTagName('c'))) {
      const col = columnOfRef(c.getAttribute('r') ?? '');
      const at = col >= 0 ? col : cells.length;
      while (cells.length < at) cells.push('');
      cells[at] = cellText(c, shared, dateStyles);
    }
    while (rows.length < index) rows.push([]);
    rows[index] = cells;
  }
  return rowsToDelimited(rows);
}

async function inflate(entry: ZipEntry): Promise<string> {
  if (entry.method === 0) return new TextDecoder('utf-8').decode(entry.data);
  const stream = new Blob([entry.data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

/** The first sheet in the workbook's order (xl/workbook.xml and its relationships), else sheet1. */
async function firstSheetPath(xml: (name: string) => Promise<Document | undefined>): Promise<string> {
  const workbook = await xml('xl/workbook.xml');
  const rels = await xml('xl/_rels/workbook.xml.rels');
  const first = workbook?.getElementsByTagName('sheet')[0];
  const id = first?.getAttribute('r:id') ?? first?.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
  const target = Array.from(rels?.getElementsByTagName('Relationship') ?? []).find((r) => r.getAttribute('Id') === id)?.getAttribute('Target');
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function sharedStrings(doc: Document | undefined): string[] {
  if (!doc) return [];
  return Array.from(doc.getElementsByTagName('si')).map((si) => Array.from(si.getElementsByTagName('t')).map((t) => t.textContent ?? '').join(''));
}

/** The indexes of the cell styles (cellXfs) whose number format shows a date. */
function dateStyleIndexes(doc: Document | undefined): Set<number> {
  const out = new Set<number>();
  if (!doc) return out;
  const custom = new Map<number, string>();
  for (const f of Array.from(doc.getElementsByTagName('numFmt'))) custom.set(Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode') ?? '');
  const xfs = doc.getElementsByTagName('cellXfs')[0];
  Array.from(xfs?.getElementsByTagName('xf') ?? []).forEach((xf, i) => {
    const id = Number(xf.getAttribute('numFmtId') ?? 0);
    if (isDateFormat(id, custom.get(id))) out.add(i);
  });
  return out;
}

function cellText(c: Element, shared: readonly string[], dateStyles: ReadonlySet<number>): string {
  const type = c.getAttribute('t') ?? 'n';
  const v = c.getElementsByTagName('v')[0]?.textContent ?? '';
  switch (type) {
    case 's':
      return shared[Number(v)] ?? '';
    case 'inlineStr':
      return Array.from(c.getElementsByTagName('t')).map((t) => t.textContent ?? '').join('');
    case 'b':
      return v === '1' ? 'ja' : 'nej';
    case 'str':
    case 'e':
      return v;
    case 'd':
      return v.slice(0, 10);
    default: {
      if (v === '') return '';
      const n = Number(v);
      if (dateStyles.has(Number(c.getAttribute('s') ?? -1)) && Number.isFinite(n)) return serialToDanish(n);
      return String(n);
    }
  }
}
