/**
 * The explorer's worker: downloads the payload and answers each state the island sends
 * (src/lib/search/responder.ts). All of it runs off the page's main thread, so neither the payload
 * nor the search ever delays a tap, a keystroke or the first paint.
 */
import { explorerPayloadUrl } from '../../lib/search/payload';
import { explorerResponder, type ExplorerReply, type ExplorerRequest } from '../../lib/search/responder';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExplorerRequest>) => void) | null;
  postMessage: (reply: ExplorerReply) => void;
};

const respond = explorerResponder(async () => {
  const response = await fetch(explorerPayloadUrl);
  if (!response.ok) throw new Error(`${explorerPayloadUrl} : HTTP ${response.status}`);
  return response.json();
});

scope.onmessage = ({ data }) => {
  void respond(data).then((reply) => scope.postMessage(reply));
};
