import { chmodSync, closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';

/**
 * The planner's outputs hold names, addresses and CPR numbers: they are made readable by their owner only
 * (folders 0700, files 0600), whatever the umask (issue 15). On Windows the modes do nothing; the folder's
 * own permissions apply there.
 */
const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/** Makes the folder (and its parents) and keeps it owner-only. */
export function privateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: FOLDER_MODE });
  chmodSync(path, FOLDER_MODE);
}

/** Writes the file owner-only (an existing file is narrowed too: a mode applies only when a file is created). */
export function writePrivateFile(path: string, data: string | Uint8Array): void {
  writeFileSync(path, data, { mode: FILE_MODE });
  chmodSync(path, FILE_MODE);
}

/** An empty owner-only file for a writer that streams into it by name (ExcelJS keeps the file's mode). */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'w', FILE_MODE));
  chmodSync(path, FILE_MODE);
}

/** An owner-only file opened for writing (a writer that streams into it): its descriptor. */
export function openPrivateFile(path: string): number {
  const fd = openSync(path, 'w', FILE_MODE);
  chmodSync(path, FILE_MODE);
  return fd;
}
