import { relative } from 'node:path';
import { InputError, InputErrors } from '../common/errors.js';
import { readInputGroups, type InputReader } from '../common/inputs.js';
import { parseSpecialApprovers } from '../governance/approvers.js';
import { readAuditSettings, type AuditSettings } from '../governance/audit.js';
import type { StackSettings } from '../terraform/stack.js';
import {
  holdsConfiguration,
  readBoolean,
  readStackInputs,
  resolveVarFiles,
  type RunnerPaths
} from '../terraform/stack-inputs.js';
import { LOCK_ID_PATTERN, MIN_REASON_LENGTH } from './unlock.js';
import type { UnlockSettings } from './job.js';
import { defaultLane } from '../terraform/lane.js';

/** state-unlock's inputs. */
export const STATE_UNLOCK_INPUTS = [
  'working-directory',
  'engine',
  'engine-version',
  'backend-config',
  'state-key',
  'var-files',
  'lock-id',
  'reason',
  'force',
  'special-approvers',
  'lane',
  'github-token',
  'audit-branch',
  'audit-repository'
] as const;

/** The unlock's settings as the inputs give them; the run's own facts are added by the action. */
export interface StateUnlockSettings extends Pick<
  UnlockSettings,
  'stackName' | 'stack' | 'varFiles' | 'lockId' | 'reason' | 'force' | 'approvers' | 'lane'
> {
  token: string;
  audit: AuditSettings;
}

const LANE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Every input of state-unlock, read and checked once, all bad inputs reported together, before
 * the engine, the API or the trail is asked anything.
 */
export function getStateUnlockInputs(
  read: InputReader,
  paths: RunnerPaths,
  env: NodeJS.ProcessEnv
): StateUnlockSettings {
  const request = (): { lockId: string; reason: string; force: boolean } => {
    const errors: InputError[] = [];
    const lockId = read('lock-id');
    if (!LOCK_ID_PATTERN.test(lockId))
      errors.push(
        new InputError(
          'lock-id',
          lockId,
          "is not a lock ID: expected the UUID (or, for gcs, the number) shown as 'ID:' under 'Lock Info:' in the failed run's log"
        )
      );
    const reason = read('reason');
    if (reason.trim().length < MIN_REASON_LENGTH)
      errors.push(
        new InputError(
          'reason',
          reason,
          `says why in ${reason.trim().length} character(s): at least ${MIN_REASON_LENGTH} are needed (what died, who checked it is gone)`
        )
      );
    let force = false;
    try {
      force = readBoolean(read, 'force', false);
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else throw error;
    }
    if (errors.length > 0) throw new InputErrors(errors);
    return { lockId, reason, force };
  };
  const stack = (): { stack: StackSettings; varFiles: string[] } => {
    const settings = readStackInputs(read, paths);
    if (!holdsConfiguration(settings.workingDirectory))
      throw new InputError(
        'working-directory',
        read('working-directory'),
        `not a stack: ${settings.workingDirectory} holds no .tf or .tf.json file`
      );
    return {
      stack: settings,
      varFiles: resolveVarFiles(read('var-files'), settings.workingDirectory)
    };
  };
  const approvers = () => parseSpecialApprovers(read('special-approvers'), paths.workspace);
  const lane = () => {
    const given = read('lane');
    if (given !== '' && !LANE.test(given))
      throw new InputError(
        'lane',
        given,
        "letters, digits and '.', '_', '-' (a word of run titles)"
      );
    return given;
  };
  const access = (): { token: string; audit: AuditSettings } => {
    const token = read('github-token');
    if (token === '')
      throw new InputError(
        'github-token',
        '',
        'is required: the runs of the lane are read from the Actions API before any unlock'
      );
    const audit = readAuditSettings(read, env, token);
    if (audit === undefined)
      throw new InputError(
        'audit-branch',
        '',
        'a break-glass unlock is always recorded: name the branch of the audit trail'
      );
    return { token, audit };
  };
  const [req, st, who, laneGiven, acc] = readInputGroups(request, stack, approvers, lane, access);
  const rel = relative(paths.workspace, st.stack.workingDirectory);
  const stackName = rel === '' ? '.' : rel.startsWith('..') ? st.stack.workingDirectory : rel;
  return {
    stackName,
    ...st,
    ...req,
    approvers: who,
    lane: laneGiven === '' ? defaultLane(read('state-key'), stackName) : laneGiven,
    ...acc
  };
}
