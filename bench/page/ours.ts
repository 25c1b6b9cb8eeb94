// What the benchmark page runs of ours: the same modules the content script ships.
import { PageHighlighter } from '../../utils/keywords/highlight';
import { compileQueries } from '../../utils/keywords/matcher';
import { quickPostText, textBreaks } from '../../utils/keywords/post-text';
import { genericAdapter } from '../../utils/sites/generic';

Object.assign(globalThis, { PP: { compileQueries, PageHighlighter, genericAdapter, quickPostText, textBreaks }, PPBench: true });
