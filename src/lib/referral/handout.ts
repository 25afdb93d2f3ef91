// What the printed client handout ("Tulosta asiakkaalle") says about each service: the way in the
// client can use first and at most two contact channels, so the list fits on as few pages as possible.
import type { Channel } from '../../schemas/channel.ts';
import type { AccessRoute } from '../../schemas/service.ts';
import { mainChannel } from '../channels.ts';

/** The route a client can take themselves, when there is one; otherwise the first listed route. */
export function handoutAccess(access: readonly AccessRoute[]): AccessRoute | undefined {
  return access.find((route) => route.route === 'itse') ?? access[0];
}

/** The main channel, plus the web page when the main channel is something else. */
export function handoutChannels(channels: readonly Channel[]): Channel[] {
  const main = mainChannel(channels);
  if (!main) return [];
  const web = channels.find((channel) => channel.type === 'web');
  return web && web !== main ? [main, web] : [main];
}
