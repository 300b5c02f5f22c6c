// Injected faults: a rule matches by method and a regular expression on the path, fires `times` times (or
// always) with a `probability`, and then delays, answers with a status (and Retry-After), or resets the socket —
// before the request takes effect, or after it (`afterProcessing`), when only the answer is lost.
import { z } from "zod";

export const faultRuleSchema = z.object({
  method: z.string().optional(),
  /** A regular expression (as a string) tested against the request path, e.g. "/messages/[^/]+/permanentDelete$". */
  pathPattern: z.string().default(".*"),
  times: z.number().int().positive().optional(),
  probability: z.number().min(0).max(1).optional(),
  status: z.number().int().min(400).max(599).optional(),
  /** Graph error code for `status`; defaults by status (429 TooManyRequests, 503 ServiceUnavailable, …). */
  code: z.string().optional(),
  retryAfterSeconds: z.number().nonnegative().optional(),
  delayMs: z.number().int().nonnegative().optional(),
  reset: z.boolean().optional(),
  /** Let the request take effect first, then delay, replace the answer or reset: "it worked, but the answer was lost". */
  afterProcessing: z.boolean().optional(),
});
export const faultRulesSchema = z.union([z.array(faultRuleSchema), z.object({ rules: z.array(faultRuleSchema) }), faultRuleSchema]);

export type FaultRule = z.input<typeof faultRuleSchema>;
type ParsedRule = z.output<typeof faultRuleSchema> & { regex: RegExp; remaining: number | null };

export interface FaultEffect {
  delayMs: number;
  status?: number;
  code?: string;
  retryAfterSeconds?: number;
  reset: boolean;
  afterProcessing: boolean;
}

const defaultCodes: Record<number, string> = {
  429: "TooManyRequests",
  500: "InternalServerError",
  502: "BadGateway",
  503: "ServiceUnavailable",
  504: "GatewayTimeout",
};
export const faultCode = (effect: FaultEffect) => effect.code ?? defaultCodes[effect.status ?? 500] ?? "UnknownError";

export class Faults {
  private rules: ParsedRule[] = [];

  /** Replaces every rule. Accepts one rule, an array, or { rules: [...] }. */
  set(input: unknown): void {
    const parsed = faultRulesSchema.parse(input);
    const list = Array.isArray(parsed) ? parsed : "rules" in parsed ? parsed.rules : [parsed];
    this.rules = list.map((rule) => ({ ...rule, regex: new RegExp(rule.pathPattern), remaining: rule.times ?? null }));
  }

  clear(): void {
    this.rules = [];
  }

  /** The first matching rule fires (and uses up one of its `times`). */
  match(method: string, path: string): FaultEffect | null {
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!rule.regex.test(path)) continue;
      if (rule.remaining !== null && rule.remaining <= 0) continue;
      if (rule.probability !== undefined && Math.random() >= rule.probability) continue;
      if (rule.remaining !== null) rule.remaining--;
      return { delayMs: rule.delayMs ?? 0, status: rule.status, code: rule.code, retryAfterSeconds: rule.retryAfterSeconds, reset: rule.reset ?? false, afterProcessing: rule.afterProcessing ?? false };
    }
    return null;
  }
}
