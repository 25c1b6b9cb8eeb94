import { decodeCueTable, type CueTable } from './cues';
import { featuresOfTokens, type Features } from './features';
import { unpackModel, type Model } from './model';
import { triageTokens, type TriageTokens } from './normalize';
import { CUE_TABLE, FEATURE_OPTIONS, MODELS } from './weights.generated';

/**
 * The shipped models, unpacked on first use (a few milliseconds, once per page), so a
 * page with no mention pays nothing.
 */
export interface Runtime {
  cues: CueTable;
  models: Record<keyof typeof MODELS, Model>;
}

let runtime: Runtime | null = null;

export function getRuntime(): Runtime {
  runtime ??= {
    cues: decodeCueTable(CUE_TABLE),
    models: Object.fromEntries(Object.entries(MODELS).map(([name, packed]) => [name, unpackModel(packed)])) as Runtime['models'],
  };
  return runtime;
}

/** Tokens and features of a text, as every triage model reads them. */
export function analyse(text: string): { tokens: TriageTokens; features: Features } {
  const tokens = triageTokens(text);
  return { tokens, features: featuresOfTokens(tokens, FEATURE_OPTIONS, getRuntime().cues) };
}
