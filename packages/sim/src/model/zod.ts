/**
 * The zod of every schema in the sim: `zod/mini`, whose functions tree-shake
 * in the game's bundle (zod's classic API carries every method on every
 * schema), with zod's English messages, which `zod/mini` leaves out and which
 * `loadScenario`, `deserialize`, the replay reader and the CLI report.
 */
import { en } from 'zod/locales';
import { z } from 'zod/mini';

z.config(en());

export { z };
