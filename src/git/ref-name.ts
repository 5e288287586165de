/**
 * Branch names by the rules of `git check-ref-format --branch`, checked before anything is
 * fetched or pushed, plus one rule of the project: a full ref (`refs/heads/x`) is refused, since
 * git would take it for the branch `refs/heads/refs/heads/x`.
 */

/** What is wrong with a branch name, or undefined when git accepts it as a branch. */
export function branchNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (name === 'HEAD') return "'HEAD' is not a branch: name the branch itself";
  if (name === '@') return "'@' is not a branch name";
  if (name.startsWith('refs/'))
    return `is a full ref: give the branch's short name (${name.replace(/^refs\/(heads\/)?/, '') || 'main'})`;
  if (name.startsWith('-')) return "must not start with '-'";
  if (name.startsWith('/') || name.endsWith('/')) return "must not start or end with '/'";
  if (name.includes('//')) return "must not hold '//'";
  if (name.includes('..')) return "must not hold '..'";
  if (name.includes('@{')) return "must not hold '@{'";
  if (name.endsWith('.')) return "must not end with '.'";
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0020\u007f~^:?*[\\]/.exec(name);
  if (bad !== null)
    return `must not hold ${JSON.stringify(bad[0])} (no spaces, control characters or ~^:?*[\\)`;
  for (const part of name.split('/')) {
    if (part.startsWith('.')) return `must not have a part starting with '.' ('${part}')`;
    if (part.endsWith('.lock')) return `must not have a part ending with '.lock' ('${part}')`;
  }
  return undefined;
}

/** True when git accepts `name` as a branch and it is not a full ref. */
export function isBranchName(name: string): boolean {
  return branchNameProblem(name) === undefined;
}
