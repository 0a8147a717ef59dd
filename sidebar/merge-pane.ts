import type { MergePreview, MergeProgress, MergeScope } from '../src/core/sidebar/protocol';
import { MERGE_SCOPES } from '../src/core/sidebar/vocabulary';
import { announce } from './announce';
import { call } from './bridge';
import { setDisabled } from './disabled';
import { fill, h, keepDatesWhole, radio, safeLink } from './dom';
import * as text from './text';

/**
 * The merge pane: choose who gets a letter, see the preview (letters per template, the sheet's gaps, the
 * first letter), start, and watch the progress bar while the pane calls `fhbMergeContinue` batch by batch
 * until the run is finished (each call stays well inside Apps Script's 6 minutes); then the links.
 */
export class MergePane {
  private built = false;
  private running = false;
  private runId: string | undefined;
  private previewBox!: HTMLElement;
  private progressBox!: HTMLElement;
  private startButton!: HTMLButtonElement;
  /** Why the preview shown says nothing can be made (Start waits, and says so); undefined when something can. */
  private blocked: string | undefined;

  constructor(private readonly root: HTMLElement) {}

  async open(): Promise<void> {
    if (!this.built) {
      this.build();
      void this.useTeamDefaults();
    }
    if (this.running) return;
    try {
      const status = await call('fhbMergeStatus');
      if (status) this.showProgress(status);
    } catch (e) {
      announce((e as Error).message, 'error');
    }
  }

  /** The team's saved choice of documents and PDF is the starting point. */
  private async useTeamDefaults(): Promise<void> {
    try {
      const { settings } = await call('fhbGetSettings');
      const mode = this.root.querySelector<HTMLInputElement>(`#merge-mode-${settings.mergeMode}`);
      if (mode) mode.checked = true;
      const pdf = this.root.querySelector<HTMLInputElement>('#merge-pdf');
      if (pdf) pdf.checked = settings.pdf;
    } catch {
      // The defaults stay; the settings pane reports its own errors.
    }
  }

  private mode(): 'combined' | 'perCitizen' {
    return this.root.querySelector<HTMLInputElement>('input[name="merge-mode"]:checked')?.value === 'perCitizen' ? 'perCitizen' : 'combined';
  }

  private scope(): MergeScope {
    const checked = this.root.querySelector<HTMLInputElement>('input[name="merge-scope"]:checked');
    return (MERGE_SCOPES as readonly string[]).includes(checked?.value ?? '') ? (checked!.value as MergeScope) : 'due';
  }

  private build(): void {
    this.built = true;
    this.previewBox = h('div', { id: 'merge-preview' });
    this.progressBox = h('div', { id: 'merge-progress' });
    this.startButton = h('button', { id: 'merge-start', class: 'primary', attrs: { type: 'button' }, on: { click: () => void this.start() } }, text.START_MERGE);
    fill(this.root,
      h('h2', { class: 'pane-heading' }, text.MERGE_HEADING),
      h('fieldset', {},
        h('legend', {}, text.MERGE_SCOPE),
        ...MERGE_SCOPES.map((scope, i) => {
          const id = `merge-scope-${scope}`;
          return h('div', { class: 'check' },
            h('input', { id, attrs: { type: 'radio', name: 'merge-scope', value: scope, checked: i === 0 }, on: { change: () => this.clearPreview() } }),
            h('label', { attrs: { for: id } }, text.SCOPE_LABELS[scope]),
          );
        }),
      ),
      h('div', { class: 'button-row' },
        h('button', { id: 'merge-preview-button', class: 'secondary', attrs: { type: 'button' }, on: { click: () => void this.preview() } }, text.PREVIEW),
      ),
      this.previewBox,
      h('fieldset', {},
        h('legend', {}, text.MODE),
        radio('merge-mode', 'combined', text.MODE_COMBINED, true),
        radio('merge-mode', 'perCitizen', text.MODE_PER_CITIZEN, false),
        h('div', { class: 'check' },
          h('input', { id: 'merge-pdf', attrs: { type: 'checkbox' } }),
          h('label', { attrs: { for: 'merge-pdf' } }, text.PDF),
        ),
      ),
      h('div', { class: 'button-row' }, this.startButton),
      this.progressBox,
    );
  }

  /** Another scope: the preview (and what it blocked) no longer holds. */
  private clearPreview(): void {
    fill(this.previewBox);
    this.blocked = undefined;
    this.updateStart();
  }

  /** Start waits while a run goes on, or when the preview found nothing to make; either way it says why. */
  private updateStart(): void {
    setDisabled(this.startButton, this.running ? text.START_WAITS_RUNNING : this.blocked);
  }

  private async preview(): Promise<void> {
    fill(this.previewBox, h('p', { class: 'help' }, text.LOADING));
    try {
      this.showPreview(await call('fhbMergePreview', { scope: this.scope(), mode: this.mode() }));
    } catch (e) {
      fill(this.previewBox);
      announce((e as Error).message, 'error');
    }
  }

  private showPreview(p: MergePreview): void {
    // Rows with gaps are skipped and the rest are made (issue 22): Start waits only when nothing can be made.
    this.blocked = p.total > 0 ? undefined : p.problems.length > 0 ? text.START_WAITS_GAPS : text.START_WAITS_NOTHING;
    this.updateStart();
    fill(this.previewBox,
      h('section', { class: 'section', attrs: { 'aria-labelledby': 'merge-total' } },
        h('h3', { id: 'merge-total' }, p.total ? text.previewTotal(p.total) : text.NOTHING_TO_MERGE),
        p.countsByTemplate.length > 0 && h('table', { class: 'counts' },
          h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, text.TEMPLATE), h('th', { class: 'num', attrs: { scope: 'col' } }, text.COUNT))),
          h('tbody', {}, ...p.countsByTemplate.map((c) => h('tr', {}, h('td', {}, c.template), h('td', { class: 'num' }, c.count)))),
        ),
        p.problems.length > 0 && h('div', { class: 'notice warning', id: 'merge-gaps', attrs: { role: 'note' } },
          h('strong', {}, text.PROBLEMS),
          p.gaps && h('p', { id: 'merge-gaps-summary' }, p.gaps),
          h('ul', {}, ...p.problems.map((x) => h('li', {}, text.problemLine(x.row, x.field)))),
        ),
        (p.warnings?.length ?? 0) > 0 && h('div', { class: 'notice warning', attrs: { role: 'note' } },
          h('ul', {}, ...p.warnings!.map((w) => h('li', {}, w))),
        ),
        // Focusable so a keyboard can scroll it.
        p.firstLetter && h('div', { class: 'letter', attrs: { role: 'region', tabindex: 0, 'aria-label': text.FIRST_LETTER } },
          h('p', { class: 'help' }, text.FIRST_LETTER),
          h('h4', {}, p.firstLetter.title),
          ...p.firstLetter.paragraphs.map((para) => h('p', {}, para)),
        ),
      ),
    );
  }

  private async start(): Promise<void> {
    if (this.running) return;
    const mode = this.mode();
    const pdf = this.root.querySelector<HTMLInputElement>('#merge-pdf')?.checked ?? false;
    this.setRunning(true);
    // The preview no longer holds once letters are made (the rows become invited).
    fill(this.previewBox);
    this.blocked = undefined;
    // The first batch may take minutes: say at once that it has started.
    fill(this.progressBox, h('p', { id: 'merge-progress-text', class: 'progress-text', attrs: { role: 'status' } }, text.MERGE_STARTING));
    try {
      await this.runToEnd(await call('fhbMergeStart', { scope: this.scope(), mode, pdf }));
    } catch (e) {
      this.stopped((e as Error).message);
    }
  }

  private async resume(): Promise<void> {
    if (this.running || !this.runId) return;
    this.setRunning(true);
    try {
      await this.runToEnd(await call('fhbMergeContinue', this.runId));
    } catch (e) {
      this.stopped((e as Error).message);
    }
  }

  /** Calls Continue until the run is finished; one call at a time, each a time-boxed batch on the server. */
  private async runToEnd(first: MergeProgress): Promise<void> {
    let progress = first;
    this.showProgress(progress);
    while (!progress.finished) {
      progress = await call('fhbMergeContinue', progress.runId);
      this.showProgress(progress);
    }
    this.setRunning(false);
    announce(progress.message || text.MERGE_DONE, 'ok');
  }

  private stopped(message: string): void {
    this.setRunning(false);
    announce(text.mergeStopped(message), 'error');
    // The last progress said «Fletningen fortsætter …»: no longer true. One «Fortsæt fletningen» button only.
    this.progressBox.querySelectorAll('.help, .button-row').forEach((el) => el.remove());
    this.progressBox.appendChild(h('p', { class: 'help' }, text.MERGE_STOPPED));
    if (this.runId) {
      this.progressBox.appendChild(h('div', { class: 'button-row' },
        h('button', { id: 'merge-continue', class: 'secondary', attrs: { type: 'button' }, on: { click: () => void this.resume() } }, text.CONTINUE_MERGE),
      ));
    }
  }

  private setRunning(running: boolean): void {
    this.running = running;
    this.updateStart();
    this.root.setAttribute('aria-busy', String(running));
  }

  private showProgress(p: MergeProgress): void {
    this.runId = p.runId;
    const bar = h('progress', { id: 'merge-bar', attrs: { max: Math.max(p.total, 1), value: p.done, 'aria-labelledby': 'merge-progress-text' } });
    fill(this.progressBox,
      h('section', { class: 'section', attrs: { 'aria-label': text.PROGRESS } },
        bar,
        h('p', { id: 'merge-progress-text', class: 'progress-text' }, text.progressText(p.done, p.total)),
        p.message && h('p', { class: 'help' }, p.message),
        p.documents.length > 0 && h('div', {},
          h('h3', {}, text.DOCUMENTS),
          h('ul', { class: 'links' }, ...p.documents.map((d) => h('li', {}, safeLink(d.url, d.title)))),
        ),
        !p.finished && !this.running && h('div', { class: 'button-row' },
          h('button', { id: 'merge-continue', class: 'secondary', attrs: { type: 'button' }, on: { click: () => void this.resume() } }, text.CONTINUE_MERGE),
        ),
      ),
    );
    keepDatesWhole(this.progressBox);
  }
}
