// Words for any issue of the validation result format, at the edges that show or send it (the
// proposal page, the validate CLI, the receiver and the moderation CLI). The domain gives codes,
// paths and params; this is the one place that turns them into a sentence.
import { ISSUE_CODES, type IssueCode, type ValidationIssue, type ValidationResult } from '../domain/validation/codes';

const isIssueCode = (code: unknown): code is IssueCode => (ISSUE_CODES as readonly unknown[]).includes(code);
import type { Lang } from './lang';
import { envelopeMessage, isEnvelopeIssue } from './tool-messages';
import { validationMessage } from './validation-messages';

/** An issue as DESIGN.md's contract sends it: with its message in the reader's language. */
export type DescribedIssue = ValidationIssue & { message: string };
export type DescribedResult = Omit<ValidationResult, 'issues'> & { issues: DescribedIssue[] };

/**
 * The issue in the reader's language. An issue this app has no words for (a newer receiver's
 * code, a malformed answer) keeps the message it came with, else shows its code: never a crash.
 */
export function issueMessage(issue: Pick<ValidationIssue, 'code' | 'params'> & { message?: unknown }, lang: Lang): string {
  const envelope = issue.params?.envelope;
  if (isEnvelopeIssue(envelope)) return envelopeMessage(envelope, lang, issue.params!);
  if (isIssueCode(issue.code)) return validationMessage(issue.code, lang, issue.params);
  return typeof issue.message === 'string' && issue.message ? issue.message : String(issue.code);
}

export function describeIssues(issues: readonly ValidationIssue[], lang: Lang): DescribedIssue[] {
  return issues.map((issue) => ({ ...issue, message: issueMessage(issue, lang) }));
}

export function describeResult(result: ValidationResult, lang: Lang): DescribedResult {
  return { ...result, issues: describeIssues(result.issues, lang) };
}
