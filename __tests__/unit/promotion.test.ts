import { describe, expect, it } from '@jest/globals';
import { appendLines, type AuditEvent, type AuditRecord } from '../../src/audit/chain.js';
import {
  checkDigest,
  checkEnvironment,
  decidePromotion,
  parseVerifiedImage,
  promotionEvent,
  promotionOutputs,
  PromotionInputError,
  verificationEvent,
  type PromotionRequest
} from '../../src/promote/promotion.js';

const COMMIT_A = 'a'.repeat(7) + '1'.repeat(33);
const COMMIT_B = 'b'.repeat(7) + '2'.repeat(33);
const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;
const DIGEST_C = `sha256:${'c'.repeat(64)}`;
const REPO = 'registry.example.com/shop/checkout';
const scope = { actor: 'ci', time: '2026-12-01T10:00:00Z', repository: 'acme/shop', runUrl: '' };

function verified(
  env: string,
  digest: string,
  commit: string,
  tag: string,
  result: 'passed' | 'failed' = 'passed'
): AuditEvent {
  return verificationEvent(
    {
      app: 'checkout',
      environment: env,
      image: { repository: REPO, tag, digest },
      commit,
      result,
      reportSha256: 'f'.repeat(64),
      checks: 3
    },
    scope
  );
}

/** The events as the trail holds them: chained lines, read back. */
function trail(events: AuditEvent[]): AuditRecord[] {
  return appendLines('', events)
    .text.split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as AuditRecord);
}

const req = (over: Partial<PromotionRequest> = {}): PromotionRequest => ({
  app: 'checkout',
  from: 'dev',
  to: 'stg',
  ...over
});
const V1 = verified('dev', DIGEST_A, COMMIT_A, '1.4.2-aaaaaaa');
const V2 = verified('dev', DIGEST_B, COMMIT_B, '1.5.0-bbbbbbb');

describe('a promotion', () => {
  it('takes the digest and commit that last passed in from, with why', () => {
    const decision = decidePromotion(req(), trail([V1, V2]));
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(promotionOutputs(decision.promotion, false)).toEqual({
      app: 'checkout',
      from: 'dev',
      to: 'stg',
      image: `${REPO}@${DIGEST_B}`,
      tag: '1.5.0-bbbbbbb',
      digest: DIGEST_B,
      commit: COMMIT_B,
      rollback: 'false',
      unchanged: 'false',
      'dry-run': 'false'
    });
    expect(decision.promotion.why[0]).toContain('passed verify-gates in dev');
  });

  it('takes the digest asked for when it passed', () => {
    const decision = decidePromotion(req({ digest: DIGEST_A }), trail([V1, V2]));
    expect(decision.ok && decision.promotion.commit).toBe(COMMIT_A);
  });

  it.each([
    [
      'to is not the next environment',
      req({ to: 'prod' }),
      [V1],
      /--to prod is not the next environment after dev: promote dev → stg/
    ],
    [
      'from is the end of the chain',
      req({ from: 'prod', to: 'dev' }),
      [V1],
      /--from prod is the end of the chain/
    ],
    [
      'the digest has no verification in from',
      req({ digest: DIGEST_C }),
      [V1],
      /no verification of sha256:c+ in dev/
    ],
    [
      'the digest passed only in another environment',
      req({ from: 'stg', to: 'prod', digest: DIGEST_A }),
      [V1],
      /no verification of sha256:a+ in stg/
    ],
    [
      'the digest last failed',
      req({ digest: DIGEST_A }),
      [V1, verified('dev', DIGEST_A, COMMIT_A, '1.4.2-aaaaaaa', 'failed')],
      /did not pass|failed: it is not promoted/
    ],
    [
      'nothing passed',
      req(),
      [verified('dev', DIGEST_A, COMMIT_A, '1.4.2-aaaaaaa', 'failed')],
      /no passed verification in dev/
    ],
    [
      'the tag would be moved',
      req({ digest: DIGEST_C }),
      [V1, verified('dev', DIGEST_C, COMMIT_A, '1.4.2-aaaaaaa')],
      /tag registry.example.com\/shop\/checkout:1.4.2-aaaaaaa would be moved: line 1/
    ],
    [
      "the tag is not the commit's",
      req(),
      [verified('dev', DIGEST_A, COMMIT_A, '1.4.2-bbbbbbb')],
      /names commit bbbbbbb/
    ],
    [
      'the tag is not immutable',
      req(),
      [verified('dev', DIGEST_A, COMMIT_A, 'latest')],
      /'latest' is not an immutable tag/
    ]
  ])('is refused when %s', (_what, request, events, reason) => {
    const decision = decidePromotion(request, trail(events));
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.reason).toMatch(reason);
  });

  it("of another app's verification is refused", () => {
    const other = { ...V1, details: { ...V1.details, app: 'billing' } };
    expect(decidePromotion(req(), trail([other])).ok).toBe(false);
  });

  it('of the previous digest is a rollback', () => {
    const stgA = verified('stg', DIGEST_A, COMMIT_A, '1.4.2-aaaaaaa');
    const stgB = verified('stg', DIGEST_B, COMMIT_B, '1.5.0-bbbbbbb');
    const first = decidePromotion(
      req({ from: 'stg', to: 'prod', digest: DIGEST_A }),
      trail([stgA])
    );
    if (!first.ok) throw new Error(first.reason);
    const toProdA = promotionEvent(first.promotion, scope);
    const second = decidePromotion(req({ from: 'stg', to: 'prod' }), trail([stgA, toProdA, stgB]));
    if (!second.ok) throw new Error(second.reason);
    const toProdB = promotionEvent(second.promotion, scope);
    expect(second.promotion).toMatchObject({ digest: DIGEST_B, rollback: false });
    const back = decidePromotion(
      req({ from: 'stg', to: 'prod', digest: DIGEST_A }),
      trail([stgA, toProdA, stgB, toProdB])
    );
    if (!back.ok) throw new Error(back.reason);
    expect(back.promotion).toMatchObject({
      digest: DIGEST_A,
      commit: COMMIT_A,
      rollback: true,
      unchanged: false,
      current: { digest: DIGEST_B }
    });
    expect(back.promotion.why.at(-1)).toMatch(/ran this digest before: a rollback/);
    const again = decidePromotion(
      req({ from: 'stg', to: 'prod', digest: DIGEST_B }),
      trail([stgA, toProdA, stgB, toProdB])
    );
    expect(again.ok && again.promotion.unchanged).toBe(true);
  });
});

describe('promotion inputs', () => {
  it.each(['sha256:abc', `sha256:${'A'.repeat(64)}`, `sha512:${'a'.repeat(64)}`, 'latest'])(
    'digest %j is refused naming --digest',
    (d) => {
      expect(() => checkDigest(d)).toThrow(PromotionInputError);
      expect(() => checkDigest(d)).toThrow(/--digest/);
    }
  );
  it.each(['production', 'staging', 'qa', ''])('environment %j is not in the chain', (e) => {
    expect(() => checkEnvironment(e, 'to')).toThrow(
      /--to '.*' is not an environment of the chain dev → stg → prod/
    );
  });
  it('parses an image with a registry port, a tag and a digest', () => {
    expect(parseVerifiedImage(`127.0.0.1:5000/shop/checkout:1.4.2-aaaaaaa@${DIGEST_A}`)).toEqual({
      repository: '127.0.0.1:5000/shop/checkout',
      tag: '1.4.2-aaaaaaa',
      digest: DIGEST_A
    });
    expect(() => parseVerifiedImage(`127.0.0.1:5000/shop/checkout@${DIGEST_A}`)).toThrow(
      /repository:tag@sha256/
    );
  });
});
