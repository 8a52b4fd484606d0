/**
 * The model: the game's vocabulary (states, partners, plans, scenarios,
 * strategies as types) and its calibrated constants. It is the bottom layer
 * and imports no other; every layer above may use all of it, through this file.
 */
export * from './calibration';
export * from './citations';
export * from './issues';
export type * from './scenario';
export type * from './strategy';
export type * from './types';
export { z } from './zod';
