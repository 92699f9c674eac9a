import { AccessibilityStatement } from '../../features/accessibility/components/accessibility-statement';

export function AccessibilityRoute() {
  return <AccessibilityStatement />;
}
