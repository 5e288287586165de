import semver from 'semver';
import { TAG_PATTERN } from './reference.js';

/** The length of the commit prefix in a tag, as `git rev-parse --short` gives by default. */
export const SHORT_SHA_LENGTH = 7;

/** Why a version cannot make a tag, or undefined when it can. */
export function versionProblem(version: string): string | undefined {
  if (version.includes('+') && semver.valid(version) !== null)
    return 'must not carry build metadata (+…): "+" is not allowed in an image tag';
  if (semver.valid(version) !== version)
    return 'must be a semantic version such as 1.4.2 or 1.5.0-rc.1 (no leading v)';
  return undefined;
}

export const COMMIT_PATTERN = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * The tags an image is pushed under: `<version>-<short sha>` first, then the extra tags in the order
 * given, without repeats.
 */
export function imageTags(version: string, commit: string, extraTags: readonly string[]): string[] {
  const primary = `${version}-${commit.slice(0, SHORT_SHA_LENGTH)}`;
  return [...new Set([primary, ...extraTags])];
}

export function tagProblem(tag: string): string | undefined {
  return TAG_PATTERN.test(tag)
    ? undefined
    : 'must be 1 to 128 letters, digits, "_", "." and "-", not starting with "." or "-"';
}
