import { loadScenario, scenarios } from '@c5plus/sim';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en as gameEn } from '../i18n/en';
import { ru as gameRu } from '../i18n/ru';
import { registerClassroomStrings } from './messages';
import { problemReason, problemStrings } from './problem-reasons';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

async function translator(lng: 'en' | 'ru') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { en: { translation: gameEn }, ru: { translation: gameRu } },
    fallbackLng: false,
    returnNull: false,
  });
  registerClassroomStrings(instance);
  return (key: string, options?: Record<string, unknown>) =>
    instance.t(key, options ?? {}) as string;
}

/** A file with one problem of many kinds, as loadScenario reports them. */
function brokenFile() {
  const base = JSON.parse(JSON.stringify(scenarios[0]));
  base.id = 'Not An Id';
  base.cardChance = 2;
  base.title = 7;
  base.extra = true;
  base.scripted[0].citation = 'events/none';
  base.translations.ru.lessons = ['один'];
  base.translations.ru.objectives = { nothing: 'ничего' };
  const result = loadScenario(base);
  if (result.ok) throw new Error('the broken file loaded');
  return result.problems;
}

describe('scenario problems in the page’s language', () => {
  it('have the same messages in English and Russian', () => {
    expect(keys(problemStrings.ru).sort()).toEqual(keys(problemStrings.en).sort());
  });

  it('phrase every kind the sim reports for a broken file, in both languages', async () => {
    const problems = brokenFile();
    expect(problems.map((p) => p.kind)).not.toContain('invalid');
    for (const lng of ['en', 'ru'] as const) {
      const t = await translator(lng);
      const reasons = problems.map((p) => problemReason(t, p));
      // Each is a message of ours, not the sim's English reason passed through.
      for (const [i, p] of problems.entries()) expect(reasons[i], p.path).not.toBe(p.reason);
      if (lng === 'ru') for (const r of reasons) expect(r).toMatch(/[а-яё]/i);
    }
  });

  it('say a refused historical plan with the game’s own plan messages', async () => {
    const base = JSON.parse(JSON.stringify(scenarios[0]));
    base.historical[0].plans.TKM.engagements[0].issue = 'security';
    const result = loadScenario(base);
    expect(result.ok).toBe(false);
    const problem = result.ok ? undefined : result.problems[0];
    expect(problemReason(await translator('ru'), problem!)).toBe(
      gameRu.planError['neutral-security'],
    );
    expect(problemReason(await translator('en'), problem!)).toBe(
      gameEn.planError['neutral-security'],
    );
  });

  it('keep the sim’s reason for a problem of no kind', async () => {
    expect(problemReason(await translator('ru'), { reason: 'something odd' })).toBe(
      'something odd',
    );
  });
});
