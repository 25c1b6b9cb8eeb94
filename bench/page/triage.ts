// What the triage benchmark runs: the same module the content script ships.
import { classifyMention } from '../../utils/tone/triage/classify';

Object.assign(globalThis, { PPTriage: { classifyMention } });
