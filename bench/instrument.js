// Runs in every benchmark page before its own scripts (puppeteer's evaluateOnNewDocument).
// It records, on `window.__bench`, in ms since navigation start (performance.now()):
// - bannerReady: the first animation frame in which the banner's "reject all" button is
//   usable: connected, not disabled, a box of at least 1×1 px inside the viewport,
//   `visibility: visible`, every ancestor (across shadow roots) with opacity > 0, and the
//   topmost element at its centre (hit-testing through open shadow roots), so that a click
//   there would reach it. Polled with requestAnimationFrame: resolution is one frame.
// - bannerAttached: the first animation frame in which that button is in the DOM at all (the
//   difference with bannerReady is the entrance animation and the first layout).
// - longTasks: PerformanceObserver 'longtask' entries (buffered).
// - cls: the sum of 'layout-shift' entries without recent input.
// - clickAt / persisted: the "reject all" click seen at the window in the capture phase (before
//   the library's handlers), and the first moment after it at which the decision is stored
//   (the library's cookie in document.cookie, or its key in localStorage), checked in a
//   MessageChannel loop (sub-millisecond resolution), for at most 5 s.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
function instrumentBenchPage(cfg) {
  const bench = (window.__bench = {
    bannerAttached: null,
    bannerReady: null,
    longTasks: [],
    cls: 0,
    clickAt: null,
    persisted: null,
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({start: e.startTime, duration: e.duration});
    }).observe({type: 'longtask', buffered: true});
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) bench.cls += e.value;
    }).observe({type: 'layout-shift', buffered: true});
  } catch (error) {
    bench.observerError = String(error);
  }
  if (!cfg) return;

  const parentOf = (node) =>
    node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
  const find = () => {
    const root = cfg.host ? document.querySelector(cfg.host)?.shadowRoot : document;
    return root ? root.querySelector(cfg.reject) : null;
  };
  const deepHit = (x, y) => {
    let hit = document.elementFromPoint(x, y);
    while (hit && hit.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const usable = (button) => {
    if (!button || !button.isConnected || button.disabled) return false;
    const box = button.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    if (getComputedStyle(button).visibility !== 'visible') return false;
    for (let node = button; node; node = parentOf(node)) {
      if (Number(getComputedStyle(node).opacity) === 0) return false;
    }
    const hit = deepHit(x, y);
    return Boolean(hit) && (hit === button || button.contains(hit));
  };
  bench.rejectCenter = () => {
    const box = find().getBoundingClientRect();
    return {x: box.left + box.width / 2, y: box.top + box.height / 2};
  };
  const poll = () => {
    const button = find();
    if (button && bench.bannerAttached === null) bench.bannerAttached = performance.now();
    if (usable(button)) bench.bannerReady = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  const stored = () => {
    if (cfg.storage.cookie && document.cookie.split(';').some((c) => c.trim().startsWith(`${cfg.storage.cookie}=`)))
      return true;
    return Boolean(cfg.storage.localStorage && localStorage.getItem(cfg.storage.localStorage) !== null);
  };
  addEventListener(
    'click',
    () => {
      bench.clickAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (stored()) bench.persisted = performance.now();
        else if (performance.now() - bench.clickAt < 5000) channel.port2.postMessage(0);
      };
      channel.port2.postMessage(0);
    },
    {capture: true, once: true}
  );
}
