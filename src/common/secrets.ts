/**
 * Credentials found in text the project prints (logs, errors, summaries, outputs, reports): the
 * password of a URL, the value of a backend setting that holds a secret. They are blotted out
 * where they stand, so what is left still says what was meant: `user:***@host`, `key=***`.
 */

/** What stands in place of a credential in text. */
export const HIDDEN = '***';

/** `scheme://userinfo@`: the user info of any URL, up to the first `@` before the host. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@'"`<>]*)@/gi;

/**
 * Every credential in the user info of a URL hidden: `http://user:pass@host` becomes
 * `http://user:***@host`, `https://token@host` becomes `https://***@host`.
 */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_USERINFO, (_all, scheme: string, info: string) => {
    if (info === '') return `${scheme}@`;
    const colon = info.indexOf(':');
    return colon === -1 ? `${scheme}${HIDDEN}@` : `${scheme}${info.slice(0, colon)}:${HIDDEN}@`;
  });
}

/**
 * The backend settings the engines themselves mark sensitive (OpenTofu's and Terraform's backend
 * schemas), by name across every backend.
 */
export const SENSITIVE_BACKEND_SETTINGS: ReadonlySet<string> = new Set([
  'access_key',
  'secret_key',
  'token',
  'conn_str',
  'credentials',
  'access_token',
  'encryption_key',
  'kms_encryption_key',
  'client_secret',
  'client_certificate',
  'client_certificate_password',
  'client_key',
  'client_id_file_path',
  'sas_token',
  'password',
  'http_auth',
  'secret_id',
  'security_token',
  'sts_token',
  'cluster_ca_certificate',
  'ca_file',
  'key_file',
  'oidc_token',
  'msi_token',
  'ado_pipeline_service_connection_id'
]);

/** A setting or variable name that holds a secret: the engine's list, or a telling word in it. */
export function isSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  return SENSITIVE_BACKEND_SETTINGS.has(lower) || /password|passwd|secret|token|key/.test(lower);
}

const ASSIGNMENT = /^(\s*-?-?(?:backend-config=)?)([A-Za-z_][A-Za-z0-9_.-]*)(\s*=\s*|\s+)(.*)$/s;

/**
 * One `key=value` (or `key value`, or `-backend-config=key=value`) line with its value hidden
 * when the key holds a secret, and any URL credential in it hidden in every case.
 */
export function redactAssignment(line: string): string {
  const match = ASSIGNMENT.exec(line);
  if (match === null) return redactUrlCredentials(line);
  const [, lead = '', key = '', sep = '', value = ''] = match;
  if (isSecretName(key) && value !== '') return `${lead}${key}${sep}${HIDDEN}`;
  return redactUrlCredentials(line);
}

/**
 * Text the engine printed about the user's files (a diagnostic quoting a tfvars or backend line):
 * each quoted `name = value` whose name holds a secret has its value hidden, and URL credentials
 * anywhere are hidden.
 */
export function redactQuotedSecrets(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // A source line as diagnostics quote it: `  12: db_password = "hunter2"`.
      const quoted = /^(\s*(?:\d+:\s*)?)([A-Za-z_][A-Za-z0-9_-]*)(\s*=\s*)(.+)$/.exec(line);
      if (quoted !== null && isSecretName(quoted[2] ?? ''))
        return `${quoted[1] ?? ''}${quoted[2] ?? ''}${quoted[3] ?? ''}${HIDDEN}`;
      return redactUrlCredentials(line);
    })
    .join('\n');
}

/**
 * The forms of a secret the runner must be told to mask: the value, and each line of a multi-line
 * value (the runner masks line by line). Lines too short to be a secret are left, so that masking
 * does not garble the log.
 */
export function maskForms(secret: string, minLength = 4): string[] {
  const forms = new Set<string>();
  if (secret.trim().length >= minLength) {
    forms.add(secret);
    // The engine quotes strings as JSON does: `a"b` is printed `a\"b`, which must be masked too.
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  if (/[\r\n]/.test(secret))
    for (const line of secret.split(/\r?\n|\r/)) {
      const trimmed = line.trim();
      if (trimmed.length >= minLength) forms.add(trimmed);
    }
  return [...forms];
}

/**
 * Every occurrence of a known secret in text replaced: longest first, each line of a multi-line
 * secret too, numbers only as whole numbers (so that `12` inside `2012` is left alone).
 */
export function redactKnownSecrets(
  text: string,
  secrets: Iterable<string>,
  replacement = '(sensitive)'
): string {
  const all = new Set<string>();
  for (const secret of secrets) for (const form of maskForms(secret)) all.add(form);
  let out = text;
  for (const secret of [...all].sort((a, b) => b.length - a.length)) {
    if (/^-?\d+(\.\d+)?$/.test(secret)) {
      const escaped = secret.replace(/[.-]/g, (c) => `\\${c}`);
      out = out.replace(new RegExp(`(?<![\\w.])${escaped}(?![\\w.])`, 'g'), replacement);
    } else out = out.split(secret).join(replacement);
  }
  return out;
}

/** The passwords (and lone user tokens) in the URLs of a text, to be masked by the runner. */
export function urlCredentials(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(URL_USERINFO)) {
    const info = match[2] ?? '';
    const colon = info.indexOf(':');
    const secret = colon === -1 ? info : info.slice(colon + 1);
    if (secret !== '') found.push(secret, decodeURIComponentSafe(secret));
  }
  return [...new Set(found)];
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The secrets of `-backend-config` entries: the values of settings that hold one, and URL
 * credentials in any value. The runner is told to mask them before the engine runs.
 */
export function backendConfigSecrets(entries: readonly string[]): string[] {
  const found = new Set<string>();
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq > 0) {
      const value = entry.slice(eq + 1);
      if (isSecretName(entry.slice(0, eq)) && value !== '') found.add(value);
    }
    for (const secret of urlCredentials(entry)) found.add(secret);
  }
  return [...found];
}
