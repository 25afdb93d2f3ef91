// The "open now" line of structured opening hours: reads the hours and the words the page wrote
// into data attributes and fills in the status at the reader's moment, in Finnish time. No timer,
// no storage, no request. Without JavaScript the table alone is shown.
import { openingStatus, statusText, type StatusWords } from '../lib/opening-hours.ts';
import type { OpeningHours } from '../schemas/opening-hours.ts';

for (const box of document.querySelectorAll<HTMLElement>('[data-opening-hours]')) {
  const line = box.querySelector<HTMLElement>('[data-opening-status]');
  if (!line) continue;
  try {
    const hours = JSON.parse(box.dataset['openingHours'] ?? '') as OpeningHours;
    const words = JSON.parse(box.dataset['statusWords'] ?? '') as StatusWords;
    const status = openingStatus(hours, new Date());
    if (!status) continue;
    line.textContent = statusText(status, words);
    line.hidden = false;
  } catch {
    // A page with broken data keeps its table; the line simply stays hidden.
  }
}
