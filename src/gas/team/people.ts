/**
 * The team: the spreadsheet's editors. Every file the product makes is shared with them at creation, so
 * a colleague can open it whoever made it (see docs/install.md, "A team of Google accounts").
 *
 * Session's e-mail needs the userinfo.email scope (appsscript.json); without it, or where a Workspace
 * policy hides identities, Google returns "" (User.getEmail), and "" is never a colleague.
 */

/** The acting consultant's address, or "" when Google does not tell. */
export function myEmail(): string {
  return Session.getActiveUser().getEmail();
}

/** The spreadsheet's editors (the owner too), except the acting consultant. */
export function colleagues(): string[] {
  const me = myEmail().toLowerCase();
  const all = SpreadsheetApp.getActiveSpreadsheet().getEditors().map((u) => u.getEmail());
  return [...new Set(all.filter((e) => e !== '' && e.toLowerCase() !== me))];
}
