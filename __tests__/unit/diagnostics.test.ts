import { describe, expect, it } from '@jest/globals';
import {
  errorDiagnostics,
  isStalePlan,
  parseLockError,
  StateLockError
} from '../../src/terraform/diagnostics.js';

const LOCK_OUTPUT = `
╷
│ Error: Error acquiring the state lock
│
│ Error message: resource temporarily unavailable
│ Lock Info:
│   ID:        1f2e3d4c-0000-1111-2222-333344445555
│   Path:      terraform.tfstate
│   Operation: OperationTypeApply
│   Who:       runner@build-7
│   Version:   1.12.6
│   Created:   2026-11-23 10:00:00.000000000 +0000 UTC
│   Info:
│
│ OpenTofu acquires a state lock to protect the state from being written
│ by multiple users at the same time.
╵`;

describe('parseLockError', () => {
  it('reads the lock holder the engine reports', () => {
    expect(parseLockError(LOCK_OUTPUT)).toEqual({
      id: '1f2e3d4c-0000-1111-2222-333344445555',
      path: 'terraform.tfstate',
      operation: 'OperationTypeApply',
      who: 'runner@build-7',
      version: '1.12.6',
      created: '2026-11-23 10:00:00.000000000 +0000 UTC'
    });
  });

  it('is undefined for other errors', () => {
    expect(parseLockError('Error: Invalid reference')).toBeUndefined();
  });

  it('names the lock ID and holder in the error a user sees', () => {
    const error = new StateLockError(parseLockError(LOCK_OUTPUT) ?? {}, '5s');
    expect(error.message).toContain('ID 1f2e3d4c-0000-1111-2222-333344445555');
    expect(error.message).toContain('held by runner@build-7');
    expect(error.message).toContain('lock-timeout 5s');
  });
});

describe('errorDiagnostics', () => {
  it('keeps the engine error without its frame', () => {
    const text = errorDiagnostics(
      'Initializing...\n╷\n│ Error: Unsupported argument\n│\n│   on main.tf line 3:\n╵\n'
    );
    expect(text).toBe('Error: Unsupported argument\n\n  on main.tf line 3:');
  });
  it('recognises a stale plan', () => {
    expect(isStalePlan('│ Error: Saved plan is stale')).toBe(true);
    expect(isStalePlan('Error: other')).toBe(false);
  });
});
