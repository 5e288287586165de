/** terraform.yml's slug: every character other than letters, digits, . _ - becomes -. */
export function laneName(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** The lane a stack's runs share, as terraform.yml names it: the state key, else the folder. */
export function defaultLane(stateKey: string, workingDirectory: string): string {
  return laneName(stateKey === '' ? workingDirectory : stateKey);
}
