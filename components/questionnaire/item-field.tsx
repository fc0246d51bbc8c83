"use client";

import { ChoiceItem } from "./choice-item";
import { MultiItem } from "./multi-item";
import { NumberItem } from "./number-item";
import { TextItem } from "./text-item";
import type { ItemStrings, ItemView } from "./types";

type Props = { item: ItemView; strings: ItemStrings; error?: string; otherError?: string };

/** The control of one item, by kind. */
export function ItemField({ item, strings, error, otherError }: Props) {
  switch (item.kind) {
    case "status":
    case "adoption":
    case "budget":
    case "single":
      return <ChoiceItem item={item} error={error} />;
    case "multi":
      return <MultiItem item={item} strings={strings} error={error} otherError={otherError} />;
    case "number":
      return <NumberItem item={item} error={error} />;
    case "text":
      return <TextItem item={item} error={error} />;
  }
}
