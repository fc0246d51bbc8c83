/**
 * Splits a label into lines that fit `width` px at `fontSize`, for SVG text (which never wraps by itself).
 * Widths are estimated, not measured (the geometry is computed on the server, without fonts): 0.6 em per
 * character is wider than the average Latin character of the sans-serif fonts used, so an estimate errs on
 * the side of one line too many rather than text running out of the chart. Breaks at spaces; a word
 * longer than a line is cut.
 */
export function wrapLabel(label: string, width: number, fontSize: number): string[] {
  const maxChars = Math.max(4, Math.floor(width / (fontSize * 0.6)));
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > maxChars) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, maxChars));
      rest = rest.slice(maxChars);
      line = "";
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= maxChars) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [""];
}
