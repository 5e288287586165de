export const REPO: string;
export const TOOLS_BIN: string;
export const SAMPLE_SERVICE: string;
export const ADVISORIES: string;
export const SYSTEM_TOOLS: Record<string, string>;
export function which(name: string, path?: string): string | undefined;
export function missingSystemTools(names?: string[]): { missing: string[]; install: string };
export function builtTool(name: string): string;
export function freePort(): Promise<number>;
export interface TestRegistry {
  host: string;
  port: number;
  dir: string;
  log(): string;
  tags(path: string): Promise<string[]>;
  repositories(): Promise<string[]>;
  digest(path: string, reference: string): Promise<string | undefined>;
  stop(): Promise<void>;
}
export function startRegistry(options?: {
  auth?: { username: string; password: string };
}): Promise<TestRegistry>;
export function buildTrivyCache(parent: string, advisories?: string): string;
export function imageEnv(trivyCache: string, base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function serviceContext(
  dest: string,
  options?: { busyboxVersion?: string; containerfile?: string }
): string;
export function commitAll(dir: string, date?: string): string;
