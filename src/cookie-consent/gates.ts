// The page's script and embed gates with their placeholders: a chunk of the browser bundle,
// loaded only when the page holds (or gets) an element with `data-cookie-category`.
import {Gatekeeper} from '../core/gating.js';
import {adoptPlaceholderStyles, createPlaceholder, fillPlaceholder, type PlaceholderInfo} from './embed-placeholder.js';

export interface GateOwner {
  isGranted(categoryId: string): boolean;
  /** What the placeholder of an embed says. */
  info(embed: HTMLElement): PlaceholderInfo;
  /** The placeholder's button was pressed. */
  grant(embed: HTMLElement): void;
  /** A blocked embed was loaded in place. */
  released(embed: HTMLElement): void;
}

export class PageGates extends Gatekeeper {
  private readonly owner: GateOwner;

  constructor(owner: GateOwner) {
    super(document, {
      isGranted: (id) => owner.isGranted(id),
      createPlaceholder: (embed) => {
        adoptPlaceholderStyles(document);
        return createPlaceholder(document, embed, owner.info(embed), () => owner.grant(embed));
      },
      embedReleased: (embed) => owner.released(embed),
    });
    this.owner = owner;
  }

  /** Writes the placeholders' texts again (the language changed). */
  refresh(): void {
    for (const [embed, placeholder] of this.placeholders()) fillPlaceholder(placeholder, this.owner.info(embed));
  }
}
