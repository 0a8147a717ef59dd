/** Utilities (formatDate with Java SimpleDateFormat semantics, sleep, uuid, blobs, base64), Session, Logger, console, CacheService. */
import type { Env } from './env';
import { isDateLike } from './kernel';
import { FakeUser } from './spreadsheet';
import { isValidTimeZone, offsetMs, wallParts } from './timezone';
import type { GasShape } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Short zone names Java prints for common zones (pattern letter z). */
function zoneName(tz: string, off: number, long: boolean): string {
  const dst = tz.startsWith('Europe/') && ['Europe/London', 'Europe/Dublin', 'Europe/Lisbon'].indexOf(tz) < 0 ? off === 7_200_000 : false;
  if (tz.startsWith('Europe/') && ['Europe/London', 'Europe/Dublin', 'Europe/Lisbon'].indexOf(tz) < 0 && (off === 3_600_000 || off === 7_200_000)) {
    if (long) return dst ? 'Central European Summer Time' : 'Central European Standard Time';
    return dst ? 'CEST' : 'CET';
  }
  if (tz === 'GMT' || tz === 'Etc/GMT') return long ? 'Greenwich Mean Time' : 'GMT';
  if (tz === 'UTC' || tz === 'Etc/UTC') return long ? 'Coordinated Universal Time' : 'UTC';
  return gmtOffset(off, true).replace(/^/, 'GMT');
}
function gmtOffset(off: number, colon: boolean): string {
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off) / 60000;
  const h = String(Math.floor(a / 60)).padStart(2, '0');
  const m = String(a % 60).padStart(2, '0');
  return `${sign}${h}${colon ? ':' : ''}${m}`;
}

/**
 * Java SimpleDateFormat (the engine behind Utilities.formatDate), English names.
 * An unknown zone id falls back to GMT silently, as Java's TimeZone.getTimeZone does.
 */
export function javaFormatDate(instantMs: number, tz: string, pattern: string): string {
  const zone = isValidTimeZone(tz) ? tz : 'GMT';
  const p = wallParts(instantMs, zone);
  const off = offsetMs(instantMs, zone);
  const dayOfYear = Math.floor((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000) + 1;
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const j = pattern.indexOf("'", i + 1);
      if (j < 0) throw new Error('Unterminated quote');
      out += pattern.slice(i + 1, j).replace(/''/g, "'");
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (j < pattern.length && pattern[j] === ch) j++;
    const n = j - i;
    i = j;
    const num = (v: number) => String(v).padStart(n, '0');
    switch (ch) {
      case 'G':
        out += p.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? String(p.year % 100).padStart(2, '0') : num(p.year);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : num(p.month);
        break;
      case 'd':
        out += num(p.day);
        break;
      case 'D':
        out += num(dayOfYear);
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
        break;
      case 'u':
        out += num(p.weekday === 0 ? 7 : p.weekday);
        break;
      case 'F':
        out += num(Math.floor((p.day - 1) / 7) + 1);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += num(p.hour);
        break;
      case 'k':
        out += num(p.hour === 0 ? 24 : p.hour);
        break;
      case 'K':
        out += num(p.hour % 12);
        break;
      case 'h':
        out += num(p.hour % 12 === 0 ? 12 : p.hour % 12);
        break;
      case 'm':
        out += num(p.minute);
        break;
      case 's':
        out += num(p.second);
        break;
      case 'S':
        out += num(p.ms);
        break;
      case 'z':
        out += zoneName(zone, off, n >= 4);
        break;
      case 'Z':
        out += gmtOffset(off, false);
        break;
      case 'X':
        if (off === 0) out += 'Z';
        else out += n === 1 ? gmtOffset(off, false).slice(0, 3) : gmtOffset(off, n >= 3);
        break;
      case 'w': {
        const jan1 = new Date(Date.UTC(p.year, 0, 1)).getUTCDay();
        out += num(Math.floor((dayOfYear - 1 + jan1) / 7) + 1);
        break;
      }
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

export class FakeBlob implements GasShape<GoogleAppsScript.Base.Blob> {
  constructor(
    private readonly env: Env,
    public data: Buffer,
    public contentType: string | null = null,
    public name: string | null = null,
  ) {}
  getBytes() {
    this.env.k.local('Blob.getBytes');
    return this.env.k.out(Array.from(this.data, (b) => (b > 127 ? b - 256 : b)));
  }
  setBytes(data: number[]) {
    this.env.k.local('Blob.setBytes');
    this.data = Buffer.from(data.map((b) => b & 255));
    return this;
  }
  getDataAsString(charset?: string) {
    this.env.k.local('Blob.getDataAsString');
    return this.data.toString(charset && /ascii/i.test(charset) ? 'ascii' : 'utf8');
  }
  setDataFromString(string: string) {
    this.env.k.local('Blob.setDataFromString');
    this.data = Buffer.from(String(string), 'utf8');
    return this;
  }
  getName() {
    this.env.k.local('Blob.getName');
    return this.name;
  }
  setName(name: string) {
    this.env.k.local('Blob.setName');
    this.name = name;
    return this;
  }
  getContentType() {
    this.env.k.local('Blob.getContentType');
    return this.contentType;
  }
  setContentType(contentType: string | null) {
    this.env.k.local('Blob.setContentType');
    this.contentType = contentType;
    return this;
  }
  copyBlob() {
    this.env.k.local('Blob.copyBlob');
    return new FakeBlob(this.env, Buffer.from(this.data), this.contentType, this.name);
  }
  isGoogleType() {
    return false;
  }
  getAs(contentType: string) {
    this.env.k.local('Blob.getAs');
    if (contentType === this.contentType) return this.copyBlob();
    throw this.env.k.error(`Converting from ${this.contentType} to ${contentType} is not supported.`);
  }
  getBlob() {
    return this;
  }
}

function toBuffer(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 255));
  return Buffer.from(String(data), 'utf8');
}

export class FakeUtilities implements GasShape<GoogleAppsScript.Utilities.Utilities> {
  readonly Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as unknown as typeof GoogleAppsScript.Utilities.Charset;
  private uuidN = 0;
  constructor(private readonly env: Env) {}
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string) {
    this.env.k.local('Utilities.formatDate');
    if (!isDateLike(date)) throw this.env.k.error(`The parameters (${typeof date === 'string' ? 'String' : typeof date},String,String) don't match the method signature for Utilities.formatDate.`);
    try {
      return javaFormatDate((date as unknown as Date).getTime(), String(timeZone), String(format));
    } catch (e) {
      throw this.env.k.error((e as Error).message);
    }
  }
  formatString(template: string, ...args: unknown[]) {
    this.env.k.local('Utilities.formatString');
    let i = 0;
    return template.replace(/%(-?\d*)(?:\.(\d+))?([sdfi%])/g, (_m, _w: string, prec: string | undefined, t: string) => {
      if (t === '%') return '%';
      const a = args[i++];
      if (t === 'd' || t === 'i') return String(Math.trunc(Number(a)));
      if (t === 'f') return Number(a).toFixed(prec === undefined ? 6 : Number(prec));
      return String(a);
    });
  }
  sleep(milliseconds: number) {
    this.env.k.call('Utilities.sleep');
    if (milliseconds > 300000) throw this.env.k.error('Sleep time is too long: the maximum is 300000 milliseconds.');
    const ms = Math.max(0, Number(milliseconds) || 0);
    this.env.k.sleptMs += ms;
    this.env.k.clock.advance(ms);
  }
  getUuid() {
    this.env.k.local('Utilities.getUuid');
    const n = (++this.uuidN).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${n}`;
  }
  newBlob(data: unknown, contentType?: string, name?: string) {
    this.env.k.local('Utilities.newBlob');
    return new FakeBlob(this.env, toBuffer(this.env.k.in(data)), contentType ?? null, name ?? null);
  }
  base64Encode(data: unknown) {
    this.env.k.local('Utilities.base64Encode');
    return toBuffer(this.env.k.in(data)).toString('base64');
  }
  base64EncodeWebSafe(data: unknown) {
    this.env.k.local('Utilities.base64EncodeWebSafe');
    return toBuffer(this.env.k.in(data)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string) {
    this.env.k.local('Utilities.base64Decode');
    return this.env.k.out(Array.from(Buffer.from(encoded, 'base64'), (b) => (b > 127 ? b - 256 : b)));
  }
  base64DecodeWebSafe(encoded: string) {
    return this.base64Decode(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  }
  newBlobFromString(s: string) {
    return this.newBlob(s);
  }
}

export class FakeSession implements GasShape<GoogleAppsScript.Base.Session> {
  constructor(
    private readonly env: Env,
    private readonly scriptTz: () => string,
  ) {}
  /**
   * The user's e-mail, or "" in a custom function or when the manifest's oauthScopes lack userinfo.email
   * (https://developers.google.com/apps-script/reference/base/user#getEmail(): "blank string if security
   * policies do not allow access to the user's identity"; the scope is what lets the script ask).
   */
  private email(): string {
    const scopes = this.env.k.scopes;
    if (this.env.k.mode === 'CUSTOM_FUNCTION') return '';
    if (scopes && !scopes.includes('https://www.googleapis.com/auth/userinfo.email')) return '';
    return this.env.k.activeUser;
  }
  getActiveUser() {
    this.env.k.call('Session.getActiveUser');
    return new FakeUser(this.email());
  }
  getEffectiveUser() {
    this.env.k.call('Session.getEffectiveUser');
    return new FakeUser(this.email());
  }
  getScriptTimeZone() {
    this.env.k.local('Session.getScriptTimeZone');
    return this.scriptTz();
  }
  getActiveUserLocale() {
    this.env.k.local('Session.getActiveUserLocale');
    return 'da';
  }
  getTemporaryActiveUserKey() {
    this.env.k.local('Session.getTemporaryActiveUserKey');
    let h = 0;
    for (const ch of this.env.k.activeUser) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return `tmpkey${h.toString(36)}`;
  }
}

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  message: string;
}

function fmtArgs(args: unknown[]): string {
  return args.map((a) => (typeof a === 'string' ? a : isDateLike(a) ? (a as Date).toString() : safeJson(a))).join(' ');
}
function safeJson(a: unknown): string {
  if (a instanceof Error || (typeof a === 'object' && a !== null && 'message' in a && 'stack' in a)) return String(a);
  try {
    return typeof a === 'object' ? JSON.stringify(a) : String(a);
  } catch {
    return String(a);
  }
}

export class FakeLogger implements GasShape<GoogleAppsScript.Base.Logger> {
  private lines: string[] = [];
  constructor(
    private readonly env: Env,
    private readonly sink: LogEntry[],
  ) {}
  log(data: unknown, ...values: unknown[]) {
    this.env.k.local('Logger.log');
    let msg = typeof data === 'string' ? data : safeJson(data);
    if (values.length) {
      let i = 0;
      msg = msg.replace(/%s/g, () => String(values[i++]));
    }
    this.lines.push(msg);
    this.sink.push({ level: 'Logger', message: msg });
    return this;
  }
  getLog() {
    return this.lines.join('\n');
  }
  clear() {
    this.lines = [];
  }
}

export function makeConsole(sink: LogEntry[]) {
  const mk = (level: LogEntry['level']) => (...args: unknown[]) => {
    sink.push({ level, message: fmtArgs(args) });
  };
  const timers = new Map<string, number>();
  return {
    log: mk('log'),
    info: mk('info'),
    warn: mk('warn'),
    error: mk('error'),
    time: (label = 'default') => void timers.set(label, 0),
    timeEnd: (label = 'default') => void timers.delete(label),
  };
}

export class FakeCache implements GasShape<GoogleAppsScript.Cache.Cache> {
  constructor(
    private readonly env: Env,
    private readonly store: Map<string, { v: string; until: number }>,
  ) {}
  private now() {
    return this.env.k.clock.nowMs();
  }
  get(key: string) {
    this.env.k.call('Cache.get');
    const e = this.store.get(key);
    if (!e || e.until <= this.now()) return null;
    return e.v;
  }
  getAll(keys: string[]) {
    this.env.k.call('Cache.getAll');
    const out: Record<string, string> = {};
    for (const k of keys) {
      const e = this.store.get(k);
      if (e && e.until > this.now()) out[k] = e.v;
    }
    return this.env.k.out(out);
  }
  put(key: string, value: string, expirationInSeconds?: number) {
    this.env.k.call('Cache.put', { args: [key, value] });
    if (String(key).length > 250) throw this.env.k.error('Argument too large: key');
    if (Buffer.byteLength(String(value), 'utf8') > 100 * 1024) throw this.env.k.error('Argument too large: value');
    const secs = Math.min(expirationInSeconds ?? 600, 21600);
    this.store.set(String(key), { v: String(value), until: this.now() + secs * 1000 });
  }
  putAll(values: { [key: string]: string }, expirationInSeconds?: number) {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string) {
    this.env.k.call('Cache.remove');
    this.store.delete(key);
  }
  removeAll(keys: string[]) {
    this.env.k.call('Cache.removeAll');
    for (const k of keys) this.store.delete(k);
  }
}

export class FakeCacheService implements GasShape<GoogleAppsScript.Cache.CacheService> {
  private stores = new Map<string, Map<string, { v: string; until: number }>>();
  constructor(private readonly env: Env) {}
  private cache(name: string) {
    let s = this.stores.get(name);
    if (!s) {
      s = new Map();
      this.stores.set(name, s);
    }
    return new FakeCache(this.env, s);
  }
  getScriptCache() {
    this.env.k.call('CacheService.getScriptCache');
    return this.cache('script');
  }
  getDocumentCache() {
    this.env.k.call('CacheService.getDocumentCache');
    return this.cache('document');
  }
  getUserCache() {
    this.env.k.call('CacheService.getUserCache');
    return this.cache(`user:${this.env.k.activeUser}`);
  }
}
