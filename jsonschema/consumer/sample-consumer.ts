// A TypeScript consumer of the ssw schemas, as another team would write it:
// Ajv validates a document against the published schema and narrows it to
// the type json-schema-to-typescript generated from the same schema. The
// consumer check compiles it with tsc --strict next to the generated types.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { Registry } from "./registry.js";
import type { Worker } from "./worker.js";

export function registryValidator(schema: object) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile<Registry>(schema);
}

export function parseRegistry(schema: object, text: string): Registry {
  const validate = registryValidator(schema);
  const data: unknown = JSON.parse(text);
  if (!validate(data)) {
    throw new Error(new Ajv2020().errorsText(validate.errors));
  }
  return data;
}

// A worker typed by the generated types; decimals are strings with their
// scale kept, dates are "YYYY-MM-DD" strings (CivilDate, not JavaScript's Date).
export const sampleWorker: Worker = {
  id: "W-0001",
  sex: "female",
  cadre: "professional_social_worker",
  birth_year: 1990,
  employments: [{ post_id: "P-KH-120101-1", start: "2016-01-04", fte: "1.00", type: "permanent" }],
  cpd: [{ date: "2025-02-14", hours: "12.50", category: "structured", activity: "course" }],
};

export function postCount(r: Registry): number {
  // FTE values are exact decimal strings; a consumer that needs arithmetic
  // chooses its own decimal type. Counting posts needs none.
  return (r.posts ?? []).length;
}

import type { Decision, Finding } from "./decision.js";
import type { Scorecard } from "./scorecard.js";

// The findings where a decision's failure originates, as the Go
// library's Decision.Unmet computes them. A not_applicable decision (no
// regime, no rule in force) must never be read as "not eligible".
export function unmet(d: Decision): Finding[] {
  if (d.outcome !== "not_met") return [];
  const out: Finding[] = [];
  const walk = (f: Finding): void => {
    if (f.outcome !== "not_met") return;
    const before = out.length;
    for (const c of f.children ?? []) walk(c);
    if (out.length === before) out.push(f);
  };
  walk(d.finding);
  return out;
}

// Scores are exact decimal strings; a scorecard with nothing assessed has
// no overall score at all, never a zero.
export function overallText(s: Scorecard): string {
  return s.status === "undefined" ? "not assessed" : `${s.overall ?? "?"} %`;
}

import type { CountryReport } from "./country-report.js";

// A dashboard line per credentialing summary of a country report. A
// no-regime scheme's decisions are all not_applicable: the line says so
// instead of reporting 0 % eligible.
export function credentialingLines(r: CountryReport): string[] {
  return (r.credentialing ?? []).map((s) =>
    s.basis === "no_regime"
      ? `${s.scheme_id}: no regime in ${s.jurisdiction} (${s.evaluated} not applicable)`
      : `${s.scheme_id}: ${s.met} of ${s.evaluated} met, ${s.not_met} not met, ${s.unknown} unknown`,
  );
}
