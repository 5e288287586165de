/**
 * The sha256 that a SHA256SUMS file gives for one file name, or undefined when no line names it.
 * Lines are `<64 hex>  <name>` (text mode) or `<64 hex> *<name>` (binary mode).
 */
export function checksumFor(sums: string, fileName: string): string | undefined {
  for (const line of sums.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line);
    if (match?.[2] === fileName) return match[1]?.toLowerCase();
  }
  return undefined;
}
