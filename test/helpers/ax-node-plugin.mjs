// A test command: the node that assistive technology gets for one element (role, accessible
// name, level…), found by a selector that may cross shadow roots (`cookie-charter >>> #id`).
// @web/test-runner-commands' `a11ySnapshot` keeps only the "interesting" nodes, which leaves out
// a heading holding a link, and so its accessible name.
export function axNodePlugin() {
  return {
    name: 'ax-node-command',
    async executeCommand({command, payload, session}) {
      if (command !== 'ax-node') return undefined;
      const page = session.browser.getPage(session.id);
      const element = await page.$(payload.selector);
      if (!element) throw new Error(`no element matches ${payload.selector}`);
      try {
        const node = await page.accessibility.snapshot({root: element, interestingOnly: false});
        // `null` would read as an unknown command: say what was found instead.
        return node ? {role: node.role, name: node.name, level: node.level} : {role: 'none'};
      } finally {
        await element.dispose();
      }
    },
  };
}
