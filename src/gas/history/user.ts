import { UNKNOWN_USER } from '../../core/history/text';

/**
 * Who is acting: the signed-in user's e-mail (`userinfo.email` in the manifest, the narrowest scope that
 * gives it), else the user the script runs as (a daily trigger runs as the colleague who installed it),
 * else "ukendt". Google leaves the active user's e-mail empty when the user and the script's owner are in
 * different Workspace domains, or for a consumer account in some contexts; the history then says so
 * instead of failing the write it records.
 */
export function currentUser(): string {
  for (const user of [() => Session.getActiveUser(), () => Session.getEffectiveUser()]) {
    try {
      const email = user().getEmail();
      if (email) return email;
    } catch {
      // no permission or no user: try the next, then say unknown
    }
  }
  return UNKNOWN_USER;
}
