/**
 * A scenario file's problems in the page's language: the sim names each
 * problem's kind and values (`ScenarioProblem.kind`, `params`); this says it
 * in English or Russian, beside its field path. A problem of a kind without
 * a message here keeps the sim's English reason.
 */
import type { ScenarioProblemKind } from '@c5plus/sim';
import type { Translate } from './context';
import { CLASSROOM_NS } from './strings';

const en = {
  'not-json': 'not valid JSON ({{detail}})',
  'wrong-type': 'must be {{expected}}',
  type: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'a list',
  },
  'too-small': {
    number: 'must be at least {{minimum}}',
    string: 'must not be empty',
    array: 'must have at least {{minimum}} entries',
  },
  'too-big': {
    number: 'must be at most {{maximum}}',
    string: 'must be at most {{maximum}} characters long',
    array: 'must have at most {{maximum}} entries',
  },
  'not-allowed': 'must be one of {{allowed}}',
  'unknown-keys': 'unknown key: {{keys}}',
  'bad-kind': 'is none of the allowed kinds; check its "kind"',
  'bad-id': 'must be a kebab-case id (lowercase letters, digits, hyphens)',
  'bad-reference': 'must be a dataset reference such as "events/cajapan-fmm-6-2017"',
  'bad-language': 'must be a language code such as "en" or "ru"',
  'unknown-record': 'is not a record of the dataset',
  'unknown-figure': 'must be the id of a currency figure in the dataset',
  'end-before-start': 'must not be before the start year ({{start}})',
  'year-outside': '{{year}} is outside the scenario ({{start}}–{{end}})',
  'translation-own-language':
    '"{{language}}" is the scenario’s own language: its texts are the scenario’s own fields',
  'translation-lessons':
    'must have one text for each of the scenario’s {{expected}} lessons, not {{actual}}',
  'translation-unknown-id': {
    objectives: 'the scenario has no objective with the id "{{id}}"',
    scripted: 'the scenario has no scripted event with the id "{{id}}"',
    deck: 'the scenario has no card with the id "{{id}}"',
  },
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

const ru: Shape<typeof en> = {
  'not-json': 'это не JSON ({{detail}})',
  'wrong-type': 'должно быть: {{expected}}',
  type: {
    string: 'текст',
    number: 'число',
    boolean: 'true или false (да или нет)',
    object: 'объект',
    array: 'список',
  },
  'too-small': {
    number: 'должно быть не меньше {{minimum}}',
    string: 'не может быть пустым',
    array: 'нужно не меньше {{minimum}} элементов',
  },
  'too-big': {
    number: 'должно быть не больше {{maximum}}',
    string: 'должно быть не длиннее {{maximum}} знаков',
    array: 'нужно не больше {{maximum}} элементов',
  },
  'not-allowed': 'допустимые значения: {{allowed}}',
  'unknown-keys': 'неизвестный ключ: {{keys}}',
  'bad-kind': 'не подходит ни под один допустимый вид; проверьте поле «kind»',
  'bad-id':
    'должно быть идентификатором из строчных латинских букв, цифр и дефисов, например «my-scenario»',
  'bad-reference':
    'должно быть ссылкой на запись набора данных, например «events/cajapan-fmm-6-2017»',
  'bad-language': 'должно быть кодом языка, например «en» или «ru»',
  'unknown-record': 'такой записи нет в наборе данных',
  'unknown-figure': 'должно быть идентификатором денежной величины из набора данных',
  'end-before-start': 'не может быть раньше начального года ({{start}})',
  'year-outside': '{{year}} год — вне сценария ({{start}}–{{end}})',
  'translation-own-language':
    '«{{language}}» — собственный язык сценария: его тексты записываются в поля самого сценария',
  'translation-lessons':
    'нужен один текст на каждый урок сценария ({{expected}}), а здесь их {{actual}}',
  'translation-unknown-id': {
    objectives: 'в сценарии нет цели с идентификатором «{{id}}»',
    scripted: 'в сценарии нет события с идентификатором «{{id}}»',
    deck: 'в сценарии нет карточки с идентификатором «{{id}}»',
  },
};

/** The problem messages by language, under `problem.` in the classroom namespace. */
export const problemStrings = { en: { problem: en }, ru: { problem: ru } } as const;

/** A problem as the sim reports it: its English reason, and its kind when it has one. */
export interface ReportedProblem {
  readonly reason: string;
  readonly kind?: ScenarioProblemKind;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The problem's reason in the page's language (the sim's English when it has no kind we phrase). */
export function problemReason(t: Translate, problem: ReportedProblem): string {
  const ns = CLASSROOM_NS;
  const params = problem.params ?? {};
  const say = (key: string, values: Record<string, unknown> = params) =>
    t(`problem.${key}`, { ns, ...values, defaultValue: problem.reason });
  switch (problem.kind) {
    case undefined:
    case 'invalid':
      return problem.reason;
    case 'plan':
      // The plan's own validation messages are the game's (planError.*).
      return t(`planError.${String(params.code)}`, { defaultValue: problem.reason });
    case 'wrong-type': {
      const expected = String(params.expected);
      return say('wrong-type', {
        expected: t(`problem.type.${expected}`, { ns, defaultValue: expected }),
      });
    }
    case 'too-small':
    case 'too-big':
      return say(`${problem.kind}.${String(params.origin)}`);
    case 'translation-unknown-id':
      return say(`translation-unknown-id.${String(params.part)}`);
    default:
      return say(problem.kind);
  }
}
