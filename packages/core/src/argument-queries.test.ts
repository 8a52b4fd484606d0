import { describe, expect, it } from 'vitest';
import { findArguments } from './argument-queries';
import { fixture } from './test-fixture';

const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

describe('findArguments on a fixture', () => {
  it('returns every argument, in dataset order, without a filter', () => {
    expect(ids(findArguments({}, fixture))).toEqual([
      'general-benefit',
      'japan-challenge',
      'unsigned-explanation',
    ]);
  });

  it('filters by partner, kind, theme, arguer and document', () => {
    expect(ids(findArguments({ partner: 'russia' }, fixture))).toEqual([
      'japan-challenge',
      'unsigned-explanation',
    ]);
    expect(ids(findArguments({ kind: 'challenge' }, fixture))).toEqual(['japan-challenge']);
    expect(ids(findArguments({ theme: 'security' }, fixture))).toEqual(['unsigned-explanation']);
    expect(ids(findArguments({ arguedBy: 'someone' }, fixture))).toEqual([
      'general-benefit',
      'japan-challenge',
    ]);
    expect(ids(findArguments({ document: '004_fc98498f9ba3ecfd.txt' }, fixture))).toEqual([
      'unsigned-explanation',
    ]);
  });

  it('separates arguments about the format in general from those about named partners', () => {
    expect(ids(findArguments({ general: true }, fixture))).toEqual(['general-benefit']);
    expect(ids(findArguments({ general: false, theme: 'logistics' }, fixture))).toEqual([
      'japan-challenge',
      'unsigned-explanation',
    ]);
  });

  it('combines filters, and an undefined field does not filter', () => {
    expect(ids(findArguments({ partner: 'russia', kind: 'explanation' }, fixture))).toEqual([
      'unsigned-explanation',
    ]);
    expect(findArguments({ partner: undefined, kind: undefined }, fixture)).toHaveLength(3);
    expect(findArguments({ partner: 'china' }, fixture)).toEqual([]);
  });
});

describe('findArguments on the bundled dataset', () => {
  it('finds the challenges that 001 sets out for Japan', () => {
    const found = findArguments({
      document: '001_a2741695248c3d87.txt',
      partner: 'japan',
      kind: 'challenge',
    });
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const a of found) expect(a.arguedBy).toBe('yi-sun');
  });
});
