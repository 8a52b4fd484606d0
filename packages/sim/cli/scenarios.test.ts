import { describe, expect, it } from 'vitest';
import { scenarios } from '../src/scenarios';
import { strategies } from '../src/strategies';
import { cli } from './test-io';

describe('c5sim scenarios', () => {
  it('lists every built-in scenario with its years and title', async () => {
    const { code, stdout, stderr } = await cli('scenarios');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toMatch(/^id\s+years\s+title$/);
    for (const s of scenarios)
      expect(stdout).toMatch(new RegExp(`^${s.id}\\s+${s.startYear}–${s.endYear}\\s+`, 'm'));
    for (const s of scenarios) expect(stdout).toContain(s.title);
  });
});

describe('c5sim strategies', () => {
  it('lists every strategy with what it does', async () => {
    const { code, stdout } = await cli('strategies');
    expect(code).toBe(0);
    for (const s of Object.values(strategies)) expect(stdout).toContain(`${s.id}`);
    expect(stdout).toContain(strategies.lookahead.description);
  });
});
