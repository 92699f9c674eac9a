import { contrastRatio, loadApplicationStyleRules, resolveColours } from '../../test/stylesheet-contrast';

/** WCAG 2.1 AA for normal-size text. */
const MINIMUM_TEXT_CONTRAST = 4.5;

describe('the step 5 tabs (motivations side by side, convention, dialogue plan)', () => {
  const rules = loadApplicationStyleRules();
  const link = '.step-tabs a';
  const selected = ".step-tabs a[aria-current='page']";
  const states: Record<string, string[]> = {
    'not selected': [link],
    'not selected, hovered': [link, `${link}:hover`],
    'not selected, focused': [link, `${link}:focus-visible`],
    selected: [link, selected],
    'selected, hovered': [link, `${link}:hover`, selected, `${selected}:hover`],
    'selected, focused': [link, `${link}:focus-visible`, selected, `${selected}:focus-visible`],
  };

  it.each(Object.entries(states))('are readable when %s (AA contrast)', (_state, selectors) => {
    const { text, background } = resolveColours(rules, selectors);
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(MINIMUM_TEXT_CONTRAST);
  });

  it('mark the selected tab by more than its colour', () => {
    const selectedRule = rules.find((rule) => rule.selectorText === selected);
    expect(selectedRule?.style.getPropertyValue('border-bottom-color')).toBeTruthy();
    expect(selectedRule?.style.getPropertyValue('font-weight')).toBe('600');
  });
});
