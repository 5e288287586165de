/**
 * Names and tags of a platform, derived from (org, cloud, env, region, bu, app, owner) and a config
 * folder, each checked against the rules of the platform that consumes it. The OpenTofu module
 * `terraform-modules/common` implements the same contract; `__tests__/fixtures/naming/vectors.json`
 * holds both to it.
 *
 * schema.ts says what a config folder may contain, load.ts reads and validates one, resolve.ts
 * resolves its settings, derive.ts derives the names; contract.ts, rules.ts (with rule-checks.ts and
 * platform-rules.ts) are the names and the rules they are checked against.
 */
export {
  type ChartSettings,
  type DeploymentOverrides,
  type Dictionary,
  type DictionaryEntry,
  type Globals,
  type LocalOverrides,
  type RuntimeFactsRepo
} from './schema.js';
export { CONFIG_FILES, DEFAULT_CONFIG_DIR, loadConfig, type Config } from './load.js';
export {
  ARGOCD_DEFAULTS,
  baseDomain,
  gitOpsSettings,
  globalIssue,
  KARPENTER_DEFAULTS,
  KEDA_DEFAULTS,
  registry,
  resolveSettings,
  settingIssue,
  type DeploymentSettings,
  type GitOpsSettings,
  type KarpenterSettings,
  type KedaSettings,
  type Settings
} from './resolve.js';
export {
  deriveNames,
  inputsText,
  NamingError,
  type DerivedNames,
  type NamingInput,
  type NamingInputs,
  type Names,
  type Tags,
  type Violation
} from './derive.js';
export {
  CLOUDS,
  DERIVATIONS,
  MANAGED_BY,
  NAME_KEYS,
  NAME_RULES,
  TAG_KEYS,
  type Cloud,
  type NameKey,
  type TagKey
} from './contract.js';
export {
  checkRule,
  moduleRulesDocument,
  NAMING_RULES,
  namingRule,
  type CheckFailure
} from './rules.js';
export { type NamingRule, type RuleCheck } from './rule-checks.js';
export { closest, levenshtein, unknownMessage } from './suggest.js';
export {
  ConfigError,
  formatIssue,
  YamlSource,
  type ConfigIssue,
  type Position
} from '../config/yaml-source.js';
