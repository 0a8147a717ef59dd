import type { ImportPreview, PreviewCitizen } from '../src/core/import/request';
import { detectFileKind } from '../src/core/import/encoding';
import { IMPORT_MODES, MAX_TEXT_CHARS, type ImportModeId, type SourceFormat } from '../src/core/import/limits';
import * as fileText from '../src/core/import/text';
import { announce } from './announce';
import { call } from './bridge';
import { fill, h, radio, type Child } from './dom';
import * as text from './import-text';
import { setDisabled } from './disabled';
import { xlsxToText } from './xlsx';

/**
 * The Import pane: choose the municipality's citizen list, read and decode it here in the browser (the
 * bytes never go to Google; the text does, with each of the two calls), see the preview with counts and
 * reasons, then confirm. CPR numbers arrive masked from the server; everything is shown as text.
 */
export class ImportPane {
  private built = false;
  private busy = false;
  private fileInput!: HTMLInputElement;
  private previewBox!: HTMLElement;
  private confirmButton!: HTMLButtonElement;
  /** What was previewed: the confirm sends the same text and the preview's fingerprint. */
  private pending: { fileName: string; encoding: SourceFormat; text: string; mode: ImportModeId; fingerprint: string } | undefined;

  constructor(private readonly root: HTMLElement) {}

  open(): void {
    if (!this.built) this.build();
  }

  private build(): void {
    this.built = true;
    this.fileInput = h('input', { id: 'import-file', attrs: { type: 'file', accept: '.csv,.txt,.tsv,.xlsx,text/csv,text/plain' }, on: { change: () => this.reset() } });
    this.previewBox = h('div', { id: 'import-preview', attrs: { 'aria-live': 'polite' } });
    this.confirmButton = h('button', { id: 'import-confirm', class: 'primary', attrs: { type: 'button' }, on: { click: () => void this.confirm() } }, text.CONFIRM);
    fill(this.root,
      h('h2', { class: 'pane-heading' }, text.HEADING),
      h('p', { class: 'help' }, text.INTRO),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'import-file' } }, text.FILE), this.fileInput),
      h('fieldset', {},
        h('legend', {}, text.MODE),
        ...IMPORT_MODES.map((mode, i) => radio('import-mode', mode, mode === 'full' ? text.MODE_FULL : text.MODE_ADDITION, i === 0)),
      ),
      h('div', { class: 'button-row' },
        h('button', { id: 'import-preview-button', class: 'secondary', attrs: { type: 'button' }, on: { click: () => void this.preview() } }, text.PREVIEW),
      ),
      this.previewBox,
      h('div', { class: 'button-row' }, this.confirmButton),
    );
    setDisabled(this.confirmButton, text.CONFIRM_WAITS_PREVIEW);
    this.root.querySelectorAll<HTMLInputElement>('input[name="import-mode"]').forEach((r) => r.addEventListener('change', () => this.reset()));
  }

  private mode(): ImportModeId {
    const v = this.root.querySelector<HTMLInputElement>('input[name="import-mode"]:checked')?.value;
    return v === 'addition' ? 'addition' : 'full';
  }

  /** A new file or mode: the old preview no longer holds. */
  private reset(): void {
    this.pending = undefined;
    setDisabled(this.confirmButton, text.CONFIRM_WAITS_PREVIEW);
    fill(this.previewBox);
  }

  private async preview(): Promise<void> {
    if (this.busy) return;
    const file = this.fileInput.files?.[0];
    if (!file) {
      announce(text.CHOOSE_FILE, 'error');
      return;
    }
    this.reset();
    this.setBusy(true, text.READING);
    try {
      const decoded = await decode(file);
      if ('message' in decoded) {
        this.showRefusal(decoded.message);
        return;
      }
      fill(this.previewBox, h('p', { class: 'help' }, text.CHECKING));
      const request = { fileName: file.name, encoding: decoded.encoding, text: decoded.text, mode: this.mode() };
      const answer = await call('fhbImportPreview', request);
      if (answer.kind === 'refused') this.showRefusal(answer.message);
      else this.showPreview(answer, request);
    } catch (e) {
      fill(this.previewBox);
      announce((e as Error).message, 'error');
    } finally {
      this.setBusy(false);
    }
  }

  private async confirm(): Promise<void> {
    if (this.busy || !this.pending) return;
    const request = this.pending;
    this.setBusy(true, text.WRITING);
    try {
      const answer = await call('fhbImportConfirm', request);
      if (answer.kind === 'written') {
        this.reset();
        fill(this.previewBox, h('div', { class: 'notice', attrs: { role: 'status' } }, answer.message));
        announce(answer.message, 'ok');
      } else if (answer.kind === 'changed') {
        this.showPreview(answer.preview, request);
        announce(answer.message, 'error');
      } else {
        this.reset();
        this.showRefusal(answer.message);
      }
    } catch (e) {
      announce((e as Error).message, 'error');
    } finally {
      this.setBusy(false);
    }
  }

  private setBusy(busy: boolean, message?: string): void {
    this.busy = busy;
    this.root.setAttribute('aria-busy', String(busy));
    if (busy) {
      setDisabled(this.confirmButton, message ?? text.CONFIRM_WAITS_WORK);
      if (message) fill(this.previewBox, h('p', { class: 'help' }, message));
    } else {
      this.confirmWhenPending();
    }
  }

  private showRefusal(message: string): void {
    fill(this.previewBox, h('div', { id: 'import-refused', class: 'notice error', attrs: { role: 'alert' } }, message));
  }

  private showPreview(p: ImportPreview, request: Omit<NonNullable<ImportPane['pending']>, 'fingerprint'>): void {
    this.pending = p.canWrite ? { ...request, fingerprint: p.fingerprint } : undefined;
    const rows = (Object.keys(text.COUNT_LABELS) as (keyof typeof text.COUNT_LABELS)[])
      .filter((k) => k !== 'missing' || p.mode === 'full')
      .map((k) => h('tr', { attrs: { 'data-count': k } }, h('td', {}, text.COUNT_LABELS[k]), h('td', { class: 'num' }, p.counts[k])));
    fill(this.previewBox,
      h('section', { class: 'section', attrs: { 'aria-labelledby': 'import-summary' } },
        h('p', { class: 'help' }, text.fileLine(p.fileName, p.encoding, p.delimiter)),
        h('h3', { id: 'import-summary' }, p.summary),
        h('table', { class: 'counts' },
          h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, text.WHAT), h('th', { class: 'num', attrs: { scope: 'col' } }, text.COUNT))),
          h('tbody', {}, ...rows),
        ),
        p.warnings.length > 0 && h('div', { class: 'notice warning', attrs: { role: 'note' } },
          h('strong', {}, text.WARNINGS),
          h('ul', {}, ...p.warnings.map((w) => h('li', {}, w))),
        ),
        list('import-rejected', text.LIST_REJECTED, p.counts.rejected, p.rejected.map((r) => `${text.lineOf(r.line)}: ${r.reason}`)),
        list('import-added', text.LIST_ADDED, p.counts.new, p.added.map((c) => `${text.lineOf(c.line!)}: ${who(c)}`)),
        list('import-changed', text.LIST_CHANGED, p.counts.changed, p.changed.map((c) => `${text.rowOf(c.sheetRow!)}: ${who(c)} (${text.changedColumns(c.columns ?? [])})`)),
        list('import-missing', text.LIST_MISSING, p.counts.missing, p.missing.map((c) => `${text.rowOf(c.sheetRow!)}: ${who(c)}`)),
        list('import-duplicates', text.LIST_DUPLICATES, p.counts.sheetDuplicates, p.sheetDuplicates.map((g) => g.map((c) => `${text.rowOf(c.sheetRow!)}: ${who(c)}`).join(' = '))),
        h('p', { class: 'help' }, p.canWrite ? text.NOTHING_WRITTEN_YET : text.NOTHING_TO_WRITE),
      ),
    );
    this.confirmWhenPending();
  }

  /** Importér is pressed only on a preview that can be written; else it says why it waits. */
  private confirmWhenPending(): void {
    setDisabled(this.confirmButton, this.pending ? undefined : this.previewBox.childElementCount ? text.CONFIRM_WAITS_NOTHING : text.CONFIRM_WAITS_PREVIEW);
  }
}

function who(c: PreviewCitizen): string {
  return c.cprMasked ? `${c.name} (${c.cprMasked})` : c.name;
}

/** A collapsible list with its count; the server sends at most 100 lines of each. */
function list(id: string, title: string, total: number, lines: string[]): Child {
  if (total === 0) return null;
  return h('details', { id, class: 'import-list' },
    h('summary', {}, `${title} (${total})`),
    h('ul', {}, ...lines.map((l) => h('li', {}, l)), lines.length < total && h('li', { class: 'help' }, text.more(lines.length, total))),
  );
}

type Decoded = { encoding: SourceFormat; text: string } | { message: string };

/** The file's bytes to text: in the character set the bytes show (a BOM, valid UTF-8, else Windows-1252), or an .xlsx workbook's first sheet. */
async function decode(file: File): Promise<Decoded> {
  const bytes = new Uint8Array(await readBytes(file));
  if (bytes.length === 0) return { message: `${fileText.EMPTY_FILE} ${fileText.NOTHING_WRITTEN}` };
  const kind = detectFileKind(bytes);
  switch (kind.kind) {
    case 'xlsx': {
      const sheet = await xlsxToText(bytes).catch(() => undefined);
      if (sheet === undefined) return { message: `${fileText.XLSX_UNREADABLE} ${fileText.NOTHING_WRITTEN}` };
      if (sheet.length > MAX_TEXT_CHARS) return { message: text.TOO_LARGE };
      return { encoding: 'xlsx', text: sheet };
    }
    case 'xls':
      return { message: `${fileText.XLS_FILE} ${fileText.NOTHING_WRITTEN}` };
    case 'binary':
      return { message: `${fileText.BINARY_FILE} ${fileText.NOTHING_WRITTEN}` };
    case 'text': {
      const decoded = new TextDecoder(kind.encoding).decode(bytes);
      if (decoded.length > MAX_TEXT_CHARS) return { message: text.TOO_LARGE };
      return { encoding: kind.encoding, text: decoded };
    }
  }
}

/** FileReader, which every browser the sidebar runs in has. */
function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('Filen kunne ikke læses.'));
    reader.readAsArrayBuffer(file);
  });
}
