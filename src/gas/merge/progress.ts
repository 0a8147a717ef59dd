import { DocumentLink, type MergeProgress } from '../../core/sidebar/protocol';
import * as z from 'zod/mini';
import { RunState } from './state';
import * as text from './text';

/** What the sidebar is told about a run: its progress and its documents. */

export function progressOf(state: RunState): MergeProgress {
  const main: DocumentLink | undefined = state.mode === 'combined'
    ? state.docUrl ? { url: state.docUrl, title: text.combinedTitle(state.tag, state.today) } : undefined
    : state.folderUrl ? { url: state.folderUrl, title: state.folderTitle || text.folderTitle } : undefined;
  return {
    runId: state.runId, done: state.done, total: state.total, finished: state.finished, message: state.message,
    documents: [...(main ? [main] : []), ...extraDocs(state)],
  };
}

/** The run's extra files; a run saved by an earlier version has bare links, shown under a plain title. */
function extraDocs(state: RunState): DocumentLink[] {
  const stored = z.array(DocumentLink).safeParse(state.extraDocs);
  if (stored.success) return stored.data;
  return (state.extraUrls ?? []).map((url) => ({ url, title: text.EARLIER_RUN_FILE }));
}
