/**
 * Names and tags of a platform, derived from (org, cloud, env, region, bu, app, owner) and a config
 * folder, each checked against the rules of the platform that consumes it. The OpenTofu module
 * `terraform-modules/common` implements the same contract; `__tests__/fixtures/naming/vectors.json`
 * holds both to it.
 */
export {
  ARGOCD_DEFAULTS,
  baseDomain,
  CONFIG_FILES,
  DEFAULT_CONFIG_DIR,
  gitOpsSettings,
  globalIssue,
  KARPENTER_DEFAULTS,
  KEDA_DEFAULTS,
  loadConfig,
  registry,
  resolveSettings,
  settingIssue,
  unknownMessage,
  type ChartSettings,
  type Config,
  type DeploymentOverrides,
  type DeploymentSettings,
  type Dictionary,
  type DictionaryEntry,
  type GitOpsSettings,
  type Globals,
  type KarpenterSettings,
  type KedaSettings,
  type LocalOverrides,
  type RuntimeFactsRepo,
  type Settings
} from './config.js';
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
  checkRule,
  CLOUDS,
  DERIVATIONS,
  MANAGED_BY,
  moduleRulesDocument,
  NAME_KEYS,
  NAME_RULES,
  NAMING_RULES,
  namingRule,
  TAG_KEYS,
  type CheckFailure,
  type Cloud,
  type NameKey,
  type NamingRule,
  type RuleCheck,
  type TagKey
} from './rules.js';
export { closest, levenshtein } from './suggest.js';
export {
  ConfigError,
  formatIssue,
  YamlSource,
  type ConfigIssue,
  type Position
} from '../config/yaml-source.js';
