/**
 * Calls `found` once an element matching `selector` is in the document: at once when one is
 * already there, else when one is added. Only the added nodes are looked at, so a busy page
 * pays little. Returns a function that stops watching.
 */
export function whenAdded(selector: string, found: () => void): () => void {
  if (document.querySelector(selector)) {
    found();
    return () => undefined;
  }
  const observer = new MutationObserver((records) => {
    const added = records.some((r) =>
      Array.from(r.addedNodes).some(
        (n) => n instanceof Element && (n.matches(selector) || n.querySelector(selector) !== null)
      )
    );
    if (!added) return;
    observer.disconnect();
    found();
  });
  observer.observe(document, {childList: true, subtree: true});
  return () => observer.disconnect();
}
