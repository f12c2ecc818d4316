// Words for any issue of the validation result format, at the edges that show or send it (the
// proposal page, the validate CLI, the receiver and the moderation CLI). The domain gives codes,
// paths and params; this is the one place that turns them into a sentence.
import type { ValidationIssue, ValidationResult } from '../domain/validation/codes';
import type { Lang } from './lang';
import { envelopeMessage, isEnvelopeIssue } from './tool-messages';
import { validationMessage } from './validation-messages';

/** An issue as DESIGN.md's contract sends it: with its message in the reader's language. */
export type DescribedIssue = ValidationIssue & { message: string };
export type DescribedResult = Omit<ValidationResult, 'issues'> & { issues: DescribedIssue[] };

export function issueMessage(issue: Pick<ValidationIssue, 'code' | 'params'>, lang: Lang): string {
  const envelope = issue.params?.envelope;
  return isEnvelopeIssue(envelope) ? envelopeMessage(envelope, lang, issue.params!) : validationMessage(issue.code, lang, issue.params);
}

export function describeIssues(issues: readonly ValidationIssue[], lang: Lang): DescribedIssue[] {
  return issues.map((issue) => ({ ...issue, message: issueMessage(issue, lang) }));
}

export function describeResult(result: ValidationResult, lang: Lang): DescribedResult {
  return { ...result, issues: describeIssues(result.issues, lang) };
}
