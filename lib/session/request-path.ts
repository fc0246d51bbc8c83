/** The request header proxy.ts sets to the page asked for (a page cannot read its own URL otherwise). */
export const REQUEST_PATH_HEADER = "x-request-path";
