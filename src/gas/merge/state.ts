import type { MergeScope } from '../../core/letters/merge-plan';
import type { DocumentLink } from '../../core/sidebar/protocol';

/**
 * The run's state in document properties, so any execution (the sidebar's next call, the time trigger,
 * another consultant) can resume it. Values stay under Google's 9 KB: the job list is stored in chunks.
 * The state is a cache of progress, not the truth: the letters' reference lines (combined document),
 * the letters' names (one per citizen) and the rows' Brev cells are, so a state saved a little behind
 * after a crash is caught up on resume without making a letter twice.
 */

export interface RunJob {
  row: number;
  template: string;
  /** Who was on the row when the run started (see rowKey). */
  key: string;
}

export interface RunState {
  runId: string;
  /** Short tag in letter references and file names: never personal data. */
  tag: string;
  mode: 'combined' | 'perCitizen';
  pdf: boolean;
  scope: MergeScope;
  total: number;
  /** Jobs finished (letter made and row marked) in order; jobs[done] is the next. */
  done: number;
  /** The invitation date written to the rows, ISO. */
  today: string;
  chunks: number;
  templates: Record<string, string>;
  docId?: string;
  docUrl?: string;
  folderId?: string;
  folderUrl?: string;
  /** The folder's name in Drive (the team's chosen folder may have its own). */
  folderTitle?: string;
  /** The combined PDF and the Digital Post list, once made. */
  extraDocs: DocumentLink[];
  /** What a run saved by an earlier version holds instead of extraDocs: links without titles. */
  extraUrls?: string[];
  finished: boolean;
  message: string;
  /** Until when (ms) an execution is working on the run; another waits its turn. */
  leaseUntil: number;
  /** Who started the run ("" when Google did not tell): their folder holds its files. */
  owner?: string;
  /** The rows skipped for gaps, as the finished message names them (at most 15 lines). */
  skipped?: string;
}

const RUN_KEY = 'fhb.merge.run';
const JOBS_KEY = (i: number) => `fhb.merge.jobs.${i}`;
const CHUNK_CHARS = 8000;

const props = () => PropertiesService.getDocumentProperties();

export function loadRun(): RunState | null {
  const raw = props().getProperty(RUN_KEY);
  return raw ? (JSON.parse(raw) as RunState) : null;
}

export function saveRun(state: RunState): void {
  props().setProperty(RUN_KEY, JSON.stringify(state));
}

/** Jobs as "row,template,key;…", in chunks under 9 KB. */
export function saveJobs(jobs: readonly RunJob[]): number {
  const chunks: string[] = [];
  let current = '';
  for (const j of jobs) {
    const entry = `${j.row},${j.template},${j.key}`;
    if (current.length + entry.length + 1 > CHUNK_CHARS) {
      chunks.push(current);
      current = '';
    }
    current += (current ? ';' : '') + entry;
  }
  if (current || chunks.length === 0) chunks.push(current);
  const values: Record<string, string> = {};
  chunks.forEach((c, i) => (values[JOBS_KEY(i)] = c));
  props().setProperties(values);
  return chunks.length;
}

export function loadJobs(chunks: number): RunJob[] {
  const all = props().getProperties();
  const jobs: RunJob[] = [];
  for (let i = 0; i < chunks; i++) {
    const chunk = all[JOBS_KEY(i)] ?? '';
    for (const entry of chunk ? chunk.split(';') : []) {
      const [row, template, key] = entry.split(',');
      jobs.push({ row: Number(row), template, key });
    }
  }
  return jobs;
}

/** A short tag from the clock and chance: "K7F2Q". */
export function newTag(nowMs: number): string {
  const t = Math.floor(nowMs / 1000).toString(36).toUpperCase().slice(-3);
  const r = Math.floor(Math.random() * 36 ** 3).toString(36).toUpperCase().padStart(3, '0');
  return `${t}${r}`;
}
