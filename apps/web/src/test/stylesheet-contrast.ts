import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the application's stylesheet through jsdom's CSS parser, so that a spec can check the colours a
 * selector ends up with (jsdom renders nothing, so contrast cannot be measured on the page itself).
 */
export function loadApplicationStyleRules(): CSSStyleRule[] {
  const css = readFileSync(join(__dirname, '..', 'styles.css'), 'utf8');
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const sheet = style.sheet;
  style.remove();
  if (!sheet) throw new Error('styles.css could not be parsed');
  // Only top-level style rules: the colours this helper checks are not set inside media queries.
  return Array.from(sheet.cssRules).filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
}

/** Every custom property declared on `:root`, by name. */
function rootCustomProperties(rules: CSSStyleRule[]): Map<string, string> {
  const properties = new Map<string, string>();
  for (const rule of rules.filter((candidate) => candidate.selectorText === ':root')) {
    for (const name of Array.from(rule.style)) {
      if (name.startsWith('--')) properties.set(name, rule.style.getPropertyValue(name).trim());
    }
  }
  return properties;
}

function resolveVariables(value: string, properties: Map<string, string>): string {
  return value.replace(/var\((--[\w-]+)\)/g, (_match, name: string) => {
    const resolved = properties.get(name);
    if (resolved === undefined) throw new Error(`undeclared custom property ${name}`);
    return resolveVariables(resolved, properties);
  });
}

/** The last value of a property across the given selectors, in stylesheet order (equal specificity assumed). */
function cascadedValue(rules: CSSStyleRule[], selectors: string[], property: string): string | undefined {
  let value: string | undefined;
  for (const rule of rules) {
    const ruleSelectors = rule.selectorText.split(',').map((selector) => selector.trim());
    if (!ruleSelectors.some((selector) => selectors.includes(selector))) continue;
    const declared = rule.style.getPropertyValue(property).trim();
    if (declared) value = declared;
  }
  return value;
}

export interface ResolvedColours {
  text: string;
  background: string;
}

/**
 * The text and background colours an element gets from the given selectors (most general first), the page
 * background (`:root`) showing through when none of them sets a background.
 */
export function resolveColours(rules: CSSStyleRule[], selectors: string[]): ResolvedColours {
  const properties = rootCustomProperties(rules);
  const text = cascadedValue(rules, [':root', ...selectors], 'color');
  const ownBackground =
    cascadedValue(rules, selectors, 'background-color') ?? cascadedValue(rules, selectors, 'background');
  const background =
    ownBackground && ownBackground !== 'transparent'
      ? ownBackground
      : cascadedValue(rules, [':root'], 'background');
  if (!text || !background) throw new Error(`no colour for ${selectors.join(' + ')}`);
  return { text: resolveVariables(text, properties), background: resolveVariables(background, properties) };
}

function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`colour ${hex} is not #rrggbb`);
  const value = parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** WCAG 2.1 relative luminance of an sRGB colour. */
function relativeLuminance(hex: string): number {
  const [red, green, blue] = channels(hex).map((channel) => {
    const srgb = channel / 255;
    return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** WCAG 2.1 contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}
