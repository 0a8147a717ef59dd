/** The Danish sentences about profiles: their law, their period and their validation. */

export const OWN_DECISION = 'Kommunens egen beslutning, ældreloven § 4 som generel ramme';
export const UNTIL_REPEAL = '(til 30.6.2025)';

function period(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${from} til ${to}`;
  if (from) return `fra ${from}`;
  return `til ${to}`;
}

export function periodOutside(name: string, from: string | undefined, to: string | undefined, year: number): string {
  return `Profilen «${name}» gælder ${period(from, to)}; planlægningsåret ${year} ligger uden for. Kontrollér kommunens gældende kvalitetsstandard, og opdater profilen.`;
}

export function periodPartial(name: string, from: string | undefined, to: string | undefined, year: number): string {
  return `Profilen «${name}» gælder ${period(from, to)}, kun en del af planlægningsåret ${year}. Kontrollér kommunens gældende kvalitetsstandard for resten af året.`;
}
