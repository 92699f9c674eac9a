import {
  type BlockingCondition,
  type CriterionId,
  type HealthComponentId,
  type StepId,
  type StepStatus,
  type WarningId,
} from '../assessment/catalogue';
import { type ErrorCode } from '../shared/domain-error';

/** Every key the UI may need to translate; both languages must define all of them (checked at compile time). */
export type MessageKey =
  | `steps.${StepId}`
  | `stepStatus.${StepStatus}`
  | `blocking.${BlockingCondition}`
  | `criteria.${CriterionId}`
  | `criteriaWhy.${CriterionId}`
  | `warnings.${WarningId}`
  | `warningsWhy.${WarningId}`
  | `errors.${ErrorCode}`
  | `health.${HealthComponentId}`;

export type Messages = Readonly<Record<MessageKey, string>>;
