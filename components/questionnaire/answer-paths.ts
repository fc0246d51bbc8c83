/**
 * The form fields of an item. Item ids are `<section>.<name>`, so its entry sits two levels under `answers`:
 * split here, the paths are typed for react-hook-form (`answers.<section>.<name>.value`) without a cast.
 */
export function answerPaths(itemId: string) {
  const [section = "", name = ""] = itemId.split(".");
  return {
    entry: `answers.${section}.${name}`,
    value: `answers.${section}.${name}.value`,
    otherText: `answers.${section}.${name}.otherText`,
  } as const;
}
