/**
 * `@c5plus/core`: the typed, sourced dataset of the C5+ formats between the five
 * Central Asian states and their external partners. Every record carries its
 * citations. No runtime dependencies.
 *
 * @packageDocumentation
 */
export * from './argument-queries';
export * from './data';
export * from './dates';
export * from './lookups';
export * from './queries';
export * from './types';
