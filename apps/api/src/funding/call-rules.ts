import type { CallRule, FundingCall } from '@passerelle/domain';
import type { CallRuleDto, FundingCallDto } from './dto/funding.dto';

/** A rule as sent; a share rule without its share reads as an invalid share, which the domain refuses. */
function ruleOf(rule: CallRuleDto): CallRule {
  const source = rule.source.trim();
  return rule.kind === 'max_requested_amount'
    ? { kind: rule.kind, amount: rule.amount ?? Number.NaN, source }
    : { kind: rule.kind, share: rule.share ?? Number.NaN, source };
}

/** The call as the domain checks it, from the request. */
export function callOf(input: FundingCallDto): Omit<FundingCall, 'id' | 'organisationId'> {
  return {
    funder: input.funder as FundingCall['funder'],
    funderName: input.funderName.trim(),
    name: input.name.trim(),
    link: input.link ?? null,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    rules: input.rules.map(ruleOf),
  };
}
