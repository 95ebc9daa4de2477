export { auditWorkbook, AuditInputError, AUDIT_HF_CONFIG } from './audit';
export type { AuditOptions, AuditPhase, AuditResult, AuditSummary, Mismatch, SheetSummary, UnknownFunction } from './audit';
export { sameValue, toCents, type AuditValue } from './compare';
