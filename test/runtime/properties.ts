/**
 * PropertiesService with Google's documented limits: 9 KB per value and 500 KB per store
 * (sizes counted in UTF-8 bytes of keys and values).
 */
import type { Env } from './env';
import type { GasShape } from './types';

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class PropertyStores {
  readonly document = new Map<string, string>();
  readonly script = new Map<string, string>();
  private readonly users = new Map<string, Map<string, string>>();
  user(email: string): Map<string, string> {
    let m = this.users.get(email);
    if (!m) {
      m = new Map();
      this.users.set(email, m);
    }
    return m;
  }
}

export class FakeProperties implements GasShape<GoogleAppsScript.Properties.Properties> {
  constructor(
    private readonly env: Env,
    private readonly store: Map<string, string>,
  ) {}
  private get k() {
    return this.env.k;
  }
  private checkKey(key: unknown): string {
    if (key === null || key === undefined) throw this.k.error('Invalid argument: key');
    return String(key);
  }
  private size(m: Map<string, string>): number {
    let n = 0;
    for (const [k, v] of m) n += bytes(k) + bytes(v);
    return n;
  }
  private commit(next: Map<string, string>): void {
    for (const v of next.values()) if (bytes(v) > MAX_VALUE_BYTES) throw this.k.error('Argument too large: value');
    if (this.size(next) > MAX_STORE_BYTES) {
      throw this.k.error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }
  getProperty(key: string) {
    this.k.call('Properties.getProperty', { args: [key] });
    return this.store.get(this.checkKey(key)) ?? null;
  }
  getProperties() {
    this.k.call('Properties.getProperties');
    return this.k.out(Object.fromEntries(this.store));
  }
  getKeys() {
    this.k.call('Properties.getKeys');
    return this.k.out([...this.store.keys()]);
  }
  setProperty(key: string, value: string) {
    this.k.call('Properties.setProperty', { write: true, args: [key, value] });
    const k = this.checkKey(key);
    if (value === null || value === undefined) throw this.k.error('Invalid argument: value');
    const next = new Map(this.store);
    next.set(k, String(value));
    this.commit(next);
    return this;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean) {
    this.k.call('Properties.setProperties', { write: true, args: [properties, deleteAllOthers] });
    if (properties === null || typeof properties !== 'object') throw this.k.error('Invalid argument: properties');
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(properties)) {
      if (v === null || v === undefined) throw this.k.error('Invalid argument: value');
      next.set(k, String(v));
    }
    this.commit(next);
    return this;
  }
  deleteProperty(key: string) {
    this.k.call('Properties.deleteProperty', { write: true, args: [key] });
    this.store.delete(this.checkKey(key));
    return this;
  }
  deleteAllProperties() {
    this.k.call('Properties.deleteAllProperties', { write: true });
    this.store.clear();
    return this;
  }
}

export class FakePropertiesService implements GasShape<GoogleAppsScript.Properties.PropertiesService> {
  constructor(
    private readonly env: Env,
    private readonly stores: PropertyStores,
  ) {}
  getDocumentProperties() {
    this.env.k.call('PropertiesService.getDocumentProperties');
    return new FakeProperties(this.env, this.stores.document);
  }
  getScriptProperties() {
    this.env.k.call('PropertiesService.getScriptProperties');
    return new FakeProperties(this.env, this.stores.script);
  }
  getUserProperties() {
    this.env.k.call('PropertiesService.getUserProperties');
    return new FakeProperties(this.env, this.stores.user(this.env.k.activeUser));
  }
}
