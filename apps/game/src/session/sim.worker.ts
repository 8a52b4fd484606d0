/**
 * The sim's worker: answers the game's costly requests (a turn with the other
 * states' strategies, advice previews, the debrief's runs of whole games) off
 * the page's thread, so the page keeps drawing while the sim thinks. It posts
 * back plain data; the states it returns hash as they would on the page.
 */
import { answerSimRequest, type SimMessage, type SimReply } from './sim-requests';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<SimMessage>) => void): void;
  postMessage(reply: SimReply): void;
};

scope.addEventListener('message', ({ data }) => {
  try {
    scope.postMessage({ id: data.id, answer: answerSimRequest(data.kind, data.request) });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
});
