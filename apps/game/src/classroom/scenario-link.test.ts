import { deflateRawSync } from 'node:zlib';
import { getScenario, type Scenario, scenarios } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import {
  decodeScenarioLink,
  encodeScenarioLink,
  LINK_VERSION,
  linkPayload,
  MAX_LINK_PAYLOAD,
} from './scenario-link';

const sandbox = getScenario('sandbox') as Scenario;
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('scenario links', () => {
  it('carry every built-in scenario and read back the same scenario', async () => {
    for (const scenario of scenarios) {
      const encoded = await encodeScenarioLink(scenario);
      if (!encoded.ok) throw new Error(`${scenario.id} does not fit`);
      expect(encoded.hash.startsWith(`#scenario=${LINK_VERSION}`)).toBe(true);
      expect(encoded.length).toBeLessThanOrEqual(MAX_LINK_PAYLOAD);
      expect(await decodeScenarioLink(encoded.hash)).toEqual({ ok: true, scenario });
    }
  });

  it('are compressed (far shorter than the JSON)', async () => {
    const encoded = await encodeScenarioLink(sandbox);
    // Bytes, not characters: the sandbox's Russian texts take two bytes a letter.
    const bytes = new TextEncoder().encode(JSON.stringify(sandbox)).length;
    expect(encoded.ok && encoded.length).toBeLessThan(bytes / 2);
  });

  it('read a payload Node zlib produced (deflate-raw, base64url)', async () => {
    const hash = `#scenario=1.${base64url(deflateRawSync(JSON.stringify(sandbox)))}`;
    expect(await decodeScenarioLink(hash)).toEqual({ ok: true, scenario: sandbox });
  });

  it('refuse a scenario too large for a link', async () => {
    const big = { ...sandbox, lessons: Array.from({ length: 3000 }, (_, i) => `${i}:${i * 7919}`) };
    const encoded = await encodeScenarioLink(big);
    expect(encoded).toMatchObject({ ok: false, error: { code: 'too-long' } });
  });

  it('name each kind of bad link', async () => {
    expect(await decodeScenarioLink('#seed=abc')).toEqual({
      ok: false,
      error: { code: 'no-scenario' },
    });
    expect(await decodeScenarioLink('#scenario=2.abcd')).toEqual({
      ok: false,
      error: { code: 'bad-prefix', found: '2.abcd' },
    });
    expect(await decodeScenarioLink('#scenario=1.ab$cd')).toEqual({
      ok: false,
      error: { code: 'bad-base64' },
    });
    expect(await decodeScenarioLink('#scenario=1.abcde')).toEqual({
      ok: false,
      error: { code: 'bad-base64' },
    });
    expect(await decodeScenarioLink(`#scenario=1.${'A'.repeat(MAX_LINK_PAYLOAD)}`)).toMatchObject({
      ok: false,
      error: { code: 'too-long' },
    });
    // Valid base64url, but not deflate data.
    expect(
      await decodeScenarioLink(`#scenario=1.${base64url(new Uint8Array([255, 255, 255, 1]))}`),
    ).toEqual({ ok: false, error: { code: 'bad-deflate' } });
    // Deflate of a truncated stream.
    const whole = deflateRawSync(JSON.stringify(sandbox));
    const cut = whole.subarray(0, whole.length - 20);
    expect(await decodeScenarioLink(`#scenario=1.${base64url(cut)}`)).toEqual({
      ok: false,
      error: { code: 'bad-deflate' },
    });
  });

  it('return the sim validation problems of an invalid scenario, with paths', async () => {
    const bad = { ...sandbox, endYear: 'later' };
    const hash = `#scenario=1.${base64url(deflateRawSync(JSON.stringify(bad)))}`;
    const result = await decodeScenarioLink(hash);
    if (result.ok || result.error.code !== 'invalid-scenario') throw new Error('expected problems');
    expect(result.error.problems.map((p) => p.path)).toContain('endYear');
    const notJson = `#scenario=1.${base64url(deflateRawSync('hello'))}`;
    expect(await decodeScenarioLink(notJson)).toMatchObject({
      ok: false,
      error: { code: 'invalid-scenario', problems: [{ path: '' }] },
    });
  });

  it('find the payload among other hash parameters', () => {
    expect(linkPayload('#lang=ru&scenario=1.xyz')).toBe('1.xyz');
    expect(linkPayload('')).toBeUndefined();
  });
});
