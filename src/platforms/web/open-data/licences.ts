// The open data's licences by SPDX id: the URI the metadata names and the human-readable deed the
// data page links to. An id not listed here is named by its SPDX page.

export interface Licence {
  id: string;
  name: string;
  /** The licence's URI, as DCAT-AP-SE's dct:license wants it. */
  uri: string;
  /** The deed, in the page's language where there is one. */
  deed(locale: string): string;
}

const cc = (id: string, name: string, path: string): Licence => ({
  id,
  name,
  uri: `http://creativecommons.org/${path}`,
  deed: (locale) => `https://creativecommons.org/${path}deed.${locale}`,
});

const LICENCES: Licence[] = [
  cc("CC0-1.0", "CC0 1.0", "publicdomain/zero/1.0/"),
  cc("CC-BY-4.0", "CC BY 4.0", "licenses/by/4.0/"),
  cc("CC-BY-SA-4.0", "CC BY-SA 4.0", "licenses/by-sa/4.0/"),
];

export function licenceFor(spdx: string): Licence {
  const known = LICENCES.find((l) => l.id.toLowerCase() === spdx.trim().toLowerCase());
  if (known) return known;
  const page = `https://spdx.org/licenses/${encodeURIComponent(spdx.trim())}.html`;
  return { id: spdx, name: spdx, uri: page, deed: () => page };
}
