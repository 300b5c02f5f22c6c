// "Ready", for the compose pane: the first <input> of the pane is visible to the person — laid out with a
// size, not hidden by CSS — and the frame has painted it. The probe runs in every frame from the first byte
// (an init script); in the pane's frame it watches the DOM and, once such an input exists, records
// performance.now() at the next animation frame. performance.now() in a frame counts from the start of that
// frame's navigation, so the figure is navigation-to-ready of the pane itself, whatever the host page did.
/** The probe as a script for the browser (plain JavaScript: nothing is transpiled on the way in). */
export function paneReadyProbe(paneFile: string): string {
  return `(() => {
  if (!location.pathname.endsWith(${JSON.stringify(`/${paneFile}`)})) return;
  const visibleInput = () =>
    [...document.querySelectorAll("input")].some((input) => {
      const box = input.getBoundingClientRect();
      const style = getComputedStyle(input);
      return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none";
    });
  let seen = false;
  const observer = new MutationObserver(() => {
    if (seen || !document.body || !visibleInput()) return;
    seen = true;
    observer.disconnect();
    requestAnimationFrame(() => { window.__hwcPaneReadyMs = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;
}
