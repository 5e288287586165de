import { existsSync } from 'node:fs';
import { readUtf8File } from '../common/strict-text.js';
import { resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { InputError } from '../common/errors.js';

/** Who may override a failed policy: users by login, and members of `org/team` teams. */
export interface SpecialApprovers {
  users: string[];
  /** `org/team-slug` */
  teams: string[];
}

const USER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const TEAM = /^[A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+$/;

/** A user login or `org/team`, or the problem with it. */
function classify(entry: string): { user: string } | { team: string } | { problem: string } {
  if (entry.includes('/')) {
    return TEAM.test(entry)
      ? { team: entry.toLowerCase() }
      : { problem: `'${entry}' is not an org/team-slug` };
  }
  const login = entry.replace(/^@/, '');
  return USER.test(login) ? { user: login } : { problem: `'${entry}' is not a GitHub login` };
}

function collect(
  entries: { text: string; where: string }[],
  onProblems: (p: string[]) => never,
  earlier: string[] = []
): SpecialApprovers {
  const out: SpecialApprovers = { users: [], teams: [] };
  const problems = [...earlier];
  for (const { text, where } of entries) {
    const c = classify(text);
    if ('problem' in c) problems.push(`${where}: ${c.problem}`);
    else if ('user' in c) out.users.push(c.user);
    else out.teams.push(c.team);
  }
  if (problems.length > 0) onProblems(problems.sort(byLine));
  return out;
}

/**
 * The `special-approvers` input: users and `org/team` entries one a line, or the path (relative
 * to the workspace) of a YAML file with `users:` and `teams:` lists, or a plain list. Every bad
 * entry is reported at once, as `file:line` for a file.
 */
export function parseSpecialApprovers(
  raw: string,
  workspace: string,
  input = 'special-approvers'
): SpecialApprovers {
  const fail = (problems: string[]): never => {
    throw new InputError(input, raw, problems.join('; '));
  };
  const text = raw.trim();
  if (text === '') return { users: [], teams: [] };
  if (!text.includes('\n') && /\.ya?ml$/i.test(text)) {
    const file = resolve(workspace, text);
    if (!existsSync(file)) return fail([`no such file (${file})`]);
    return parseApproversFile(readUtf8File(file), text, fail);
  }
  const entries = raw
    .split(/\r?\n/)
    .map((line, i) => ({ text: line.replace(/#.*$/, '').trim(), where: `line ${i + 1}` }))
    .filter((e) => e.text !== '');
  return collect(entries, fail);
}

function parseApproversFile(
  source: string,
  name: string,
  fail: (problems: string[]) => never
): SpecialApprovers {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const at = (offset: number | undefined) => `${name}:${lines.linePos(offset ?? 0).line}`;
  if (doc.errors.length > 0) {
    return fail(doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0] ?? ''}`));
  }
  const entries: { text: string; where: string }[] = [];
  const problems: string[] = [];
  const list = (node: Node | null | undefined, label: string, prefix: string) => {
    if (node === null || node === undefined) return;
    if (!isSeq(node)) {
      problems.push(`${at(node.range?.[0])}: ${label} must be a list`);
      return;
    }
    for (const item of node.items) {
      const where = at((item as Node).range?.[0]);
      if (!isScalar(item) || typeof item.value !== 'string') {
        problems.push(`${where}: each entry must be a string`);
        continue;
      }
      const value = item.value.trim();
      if (prefix === 'team' && !value.includes('/'))
        problems.push(`${where}: '${value}' under teams must be org/team-slug`);
      else if (prefix === 'user' && value.includes('/'))
        problems.push(`${where}: '${value}' under users must be a login, not a team`);
      else entries.push({ text: value, where });
    }
  };
  const root = doc.contents;
  if (isSeq(root)) list(root, 'the file', 'any');
  else if (isMap(root)) {
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'users') list(pair.value as Node, 'users', 'user');
      else if (key === 'teams') list(pair.value as Node, 'teams', 'team');
      else
        problems.push(
          `${at((pair.key as Node | null)?.range?.[0])}: unknown key '${key}' (expected users, teams)`
        );
    }
  } else if (root !== null) {
    problems.push(`${at(0)}: must be a map with users and teams lists, or a list`);
  }
  return collect(entries, fail, problems);
}

/** `file:12: …` and `line 12: …` problems in line order. */
function byLine(a: string, b: string): number {
  const line = (p: string) => Number(/(?::|line )(\d+):/.exec(p)?.[1] ?? 0);
  return line(a) - line(b);
}
