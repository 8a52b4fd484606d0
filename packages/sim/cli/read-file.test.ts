import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getScenario } from '../src/scenarios';
import { resolveScenario } from './common';
import { InvalidInputError } from './errors';
import { listProblems, MAX_FILE_BYTES, readInputText } from './read-file';
import { cli, tempDir } from './test-io';

const temp = tempDir('c5sim-read-');
afterAll(temp.remove);
const file = (name: string) => join(temp.dir, name);

function refusal(path: string): string {
  try {
    readInputText(path);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as Error).message;
  }
  throw new Error(`${path} was read`);
}

describe('readInputText', () => {
  it('accepts a UTF-8 byte-order mark and drops it', () => {
    writeFileSync(file('bom.json'), Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('{"a":"é"}')]));
    expect(readInputText(file('bom.json'))).toBe('{"a":"é"}');
  });

  it.each([
    [
      'little-endian with a mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]),
      /UTF-16 \(little-endian\)/,
    ],
    [
      'big-endian with a mark',
      Buffer.from([0xfe, 0xff, 0, 0x7b, 0, 0x7d]),
      /UTF-16 \(big-endian\)/,
    ],
    ['without a mark', Buffer.from('{"a": 1}', 'utf16le'), /looks like UTF-16/],
  ])('recognises UTF-16 %s and says so', (_, bytes, message) => {
    writeFileSync(file('utf16.json'), bytes);
    expect(refusal(file('utf16.json'))).toMatch(message);
  });

  it('refuses bytes that are not UTF-8', () => {
    writeFileSync(file('latin1.json'), Buffer.from([0x7b, 0xe9, 0x7d]));
    expect(refusal(file('latin1.json'))).toMatch(/not UTF-8/);
  });

  it('refuses a directory', () => {
    mkdirSync(file('folder'));
    expect(refusal(file('folder'))).toMatch(/it is a directory/);
  });

  it('refuses a device without reading it (/dev/zero)', () => {
    expect(refusal('/dev/zero')).toMatch(/it is a device/);
  });

  it('refuses a named pipe without blocking on it', () => {
    execFileSync('mkfifo', [file('pipe')]);
    expect(refusal(file('pipe'))).toMatch(/named pipe \(FIFO\)/);
  });

  it('refuses a file over the size limit, from its size alone', () => {
    const fd = openSync(file('big.json'), 'w');
    writeFileSync(fd, ' ');
    closeSync(fd);
    execFileSync('truncate', ['-s', String(MAX_FILE_BYTES + 1), file('big.json')]);
    expect(refusal(file('big.json'))).toMatch(/files over 8\.0 MiB are refused/);
  });

  it('names a missing file', () => {
    expect(refusal(file('none.json'))).toMatch(/no such file or directory/);
  });
});

describe('listProblems', () => {
  it('lists at most 20 problems, then counts the rest', () => {
    const problems = Array.from({ length: 27 }, (_, i) => `p${i}`);
    const listed = listProblems(problems);
    expect(listed).toHaveLength(21);
    expect(listed[19]).toBe('p19');
    expect(listed[20]).toBe('…and 7 more');
    expect(listProblems(problems.slice(0, 20))).toHaveLength(20);
  });
});

describe('a file of the wrong kind', () => {
  it('names what a save given as a scenario looks like', async () => {
    writeFileSync(
      file('game.save.json'),
      JSON.stringify({ format: 'c5plus-save', schemaVersion: 1, game: {} }),
    );
    expect(() => resolveScenario(file('game.save.json'))).toThrow(
      /is not a scenario file: it looks like a save/,
    );
  });

  it('names what a plan given as a replay looks like', async () => {
    writeFileSync(
      file('plan.json'),
      JSON.stringify({ engagements: [], consultation: 0, summits: [] }),
    );
    const { code, stderr } = await cli('replay', file('plan.json'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not a replay: it looks like a plan/);
  });

  it('validate accepts a scenario saved with a byte-order mark', async () => {
    const text = JSON.stringify(getScenario('sandbox'));
    writeFileSync(file('bom-scenario.json'), `\uFEFF${text}`);
    const { code, stdout } = await cli('validate', file('bom-scenario.json'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^valid scenario "sandbox"/);
  });

  it('validate refuses /dev/zero at once, exit 1', async () => {
    const { code, stderr } = await cli('validate', '/dev/zero');
    expect(code).toBe(1);
    expect(stderr).toMatch(/it is a device/);
  });
});
