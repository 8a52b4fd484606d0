import type { Dataset } from '../types';
import { documentArguments } from './arguments';
import { events } from './events';
import { figures } from './figures';
import { initiatives } from './initiatives';
import { instruments } from './instruments';
import { partners } from './partners';
import { people } from './people';
import { phases } from './phases';
import { principles } from './principles';
import { priorities } from './priorities';
import { routes } from './routes';
import { sources } from './sources';
import { states } from './states';
import { themes } from './themes';

/** The whole C5+ dataset, every record with its citations. */
export const dataset: Dataset = {
  states,
  partners,
  events,
  figures,
  phases,
  principles,
  priorities,
  initiatives,
  instruments,
  people,
  routes,
  themes,
  arguments: documentArguments,
  sources,
};

export {
  documentArguments,
  events,
  figures,
  initiatives,
  instruments,
  partners,
  people,
  phases,
  principles,
  priorities,
  routes,
  sources,
  states,
  themes,
};
