/**
 * Names and tags of a platform, derived from (org, cloud, env, region, bu, app, owner) and a config
 * folder, each checked against the rules of the platform that consumes it. The OpenTofu module
 * `terraform-modules/common` implements the same contract; `__tests__/fixtures/naming/vectors.json`
 * holds both to it.
 */
export {
  baseDomain,
  CONFIG_FILES,
  DEFAULT_CONFIG_DIR,
  loadConfig,
  registry,
  resolveSettings,
  unknownMessage,
  type Config,
  type DeploymentOverrides,
  type DeploymentSettings,
  type Dictionary,
  type DictionaryEntry,
  type Globals,
  type LocalOverrides,
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
export { ConfigError, formatIssue, type ConfigIssue, type Position } from './yaml-source.js';
