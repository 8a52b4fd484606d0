import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorsOf, checkFile, linksOf, markdownFiles, slug } from './doc-links';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

describe('the link checker', () => {
  it('makes GitHub’s anchors', () => {
    expect(slug('`c5sim validate`')).toBe('c5sim-validate');
    expect(slug('How to run a class offline')).toBe('how-to-run-a-class-offline');
    expect(slug('1. Вступление: что такое C5+?')).toBe('1-вступление-что-такое-c5');
    expect(slug('Lesson plan, 45 minutes')).toBe('lesson-plan-45-minutes');
    expect([...anchorsOf('# A\n## A\n```\n# not a heading\n```\n<a id="x"></a>')]).toEqual([
      'a',
      'a-1',
      'x',
    ]);
  });

  it('finds links but not those in code', () => {
    const found = linksOf('see [a](a.md#b) and `[c](c.md)`\n```\n[d](d.md)\n```\n[e]: e.md\n');
    expect(found.map((l) => l.target)).toEqual(['a.md#b', 'e.md']);
  });

  it('names a missing file, a missing anchor and a good link apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'c5-links-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.md'), '# Title here\n');
    writeFileSync(
      join(dir, 'a.md'),
      '[ok](sub/b.md#title-here) [gone](nowhere.md) [bad](sub/b.md#nope) [web](https://example.org) [self](#top)\n# Top\n',
    );
    const broken = checkFile(join(dir, 'a.md'), dir);
    expect(broken.map((b) => `${b.target}: ${b.reason}`)).toEqual([
      'nowhere.md: no such file: nowhere.md',
      'sub/b.md#nope: no heading or anchor "#nope" in sub/b.md',
    ]);
  });
});

describe('the docs', () => {
  const files = [...markdownFiles(join(root, 'docs')), join(root, 'README.md')];

  it('include the teacher’s guide', () => {
    expect(files.some((f) => f.endsWith('docs/teachers/README.md'))).toBe(true);
  });

  for (const file of files) {
    it(`${file.slice(root.length + 1)} has no broken link`, () => {
      expect(checkFile(file, root)).toEqual([]);
    });
  }
});
