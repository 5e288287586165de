/** Edit distance (insertions, deletions, substitutions), by code point. */
export function levenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  // Two rows of the dynamic programme, reused.
  let previous = new Uint32Array(t.length + 1);
  let current = new Uint32Array(t.length + 1);
  for (let j = 0; j <= t.length; j++) previous[j] = j;
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    const si = s[i - 1];
    for (let j = 1; j <= t.length; j++) {
      const substitution = (previous[j - 1] as number) + (si === t[j - 1] ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[t.length] as number;
}

/**
 * The allowed value closest to what was given, compared without case (so `Prod` suggests `prod`),
 * or undefined when none is close: at most 2 edits, or a third of the longer word's length. Ties go
 * to the first in alphabetical order, so the suggestion is stable.
 */
export function closest(given: string, allowed: Iterable<string>): string | undefined {
  const wanted = given.toLowerCase();
  const wantedLength = [...wanted].length;
  let best: { value: string; distance: number } | undefined;
  for (const value of [...allowed].sort()) {
    const length = [...value].length;
    // The length difference is a lower bound of the distance: skip what cannot do better.
    if (best !== undefined && Math.abs(length - wantedLength) >= best.distance) continue;
    const distance = levenshtein(wanted, value.toLowerCase());
    if (best === undefined || distance < best.distance) best = { value, distance };
  }
  if (best === undefined) return undefined;
  const tolerance = Math.max(2, Math.floor(Math.max(wantedLength, [...best.value].length) / 3));
  return best.distance <= tolerance ? best.value : undefined;
}

/** "is not X; expected one of a, b. Did you mean "a"?" */
export function unknownMessage(what: string, given: string, allowed: readonly string[]): string {
  const suggestion = closest(given, allowed);
  return (
    `${JSON.stringify(given)} is not ${what}; expected one of ${[...allowed].sort().join(', ')}` +
    (suggestion === undefined ? '' : `. Did you mean ${JSON.stringify(suggestion)}?`)
  );
}
