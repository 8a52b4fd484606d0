/**
 * The zod of the classroom's file formats: `zod/mini`, whose functions
 * tree-shake in the bundle (zod's classic API carries every method on every
 * schema), with zod's English messages, which `zod/mini` leaves out and which
 * the import screens show beside their own words.
 */
import { en } from 'zod/locales';
import { z } from 'zod/mini';

z.config(en());

export { z };
