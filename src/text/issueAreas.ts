/** Voeten's six issue codes (Voeten 2013), as used in the data's `issues`. */
export const ISSUE_CODES = ["me", "nu", "di", "hr", "co", "ec"] as const;

/** One of Voeten's issue codes. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Readable name of each issue code. */
export const ISSUE_NAMES: Readonly<Record<IssueCode, string>> = {
  me: "Palestinian conflict",
  nu: "nuclear weapons",
  di: "arms control and disarmament",
  hr: "human rights",
  co: "colonialism",
  ec: "economic development",
};

/** True when `code` is one of Voeten's issue codes. */
export function isIssueCode(code: unknown): code is IssueCode {
  return typeof code === "string" && (ISSUE_CODES as readonly string[]).includes(code);
}
