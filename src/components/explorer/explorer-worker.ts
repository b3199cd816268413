/**
 * The explorer's worker: downloads the payload and answers each state the island sends
 * (src/lib/search/responder.ts). All of it runs off the page's main thread, so neither the payload
 * nor the search ever delays a tap, a keystroke or the first paint.
 */
import { explorerPayloadUrl } from '../../lib/search/payload';
import { explorerResponder } from '../../lib/search/responder';
import { answerQuestions, type WorkerScope } from '../../lib/worker-rpc';

const respond = explorerResponder(async () => {
  const response = await fetch(explorerPayloadUrl);
  if (!response.ok) throw new Error(`${explorerPayloadUrl} : HTTP ${response.status}`);
  return response.json();
});

answerQuestions(respond, self as unknown as WorkerScope);
