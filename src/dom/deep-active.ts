/**
 * The focused element, looking inside open shadow roots (a charter's button, a component's
 * field); `null` when the focus is on `<body>` or nowhere.
 */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
