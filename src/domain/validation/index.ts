// Proposal validation (DESIGN.md "Validation result"): the one validator that the submission
// page, the CLI and the receiver share.
export {
  DEFAULT_MAX_BYTES,
  ISSUE_CODES,
  LIMITS,
  WARNING_CODES,
  type ExistingSite,
  type FeatureMetrics,
  type IssueCode,
  type IssueParams,
  type Severity,
  type ValidationContext,
  type ValidationIssue,
  type ValidationResult,
} from './codes';
export { contextFromRegion, validationContext } from './context';
export { validateProposal, validateProposalText } from './validate';
export { typeTextProperties } from './text-properties';
export { misnamedFile, unreadableEncoding, withEncodingNotice, type LooksLike } from './file-read';
