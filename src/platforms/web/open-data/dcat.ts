// The open data's metadata for Sveriges dataportal, in DCAT-AP-SE as RDF/XML: one catalogue per
// group with two datasets (the activities and their status history), each with a CSV and a JSON
// distribution. Every value goes through xmlText or xmlAttr; no user text is written unescaped.
import type { OpenData } from "../../../services/open-data.ts";
import type { PublishedGroup } from "../../../services/publication.ts";
import type { Messages } from "../../../texts/index.ts";
import { licenceFor } from "./licences.ts";
import { type GroupUrls, groupUrls } from "./urls.ts";

/** Drops what XML 1.0 does not allow at all: controls other than tab, LF and CR, lone surrogates. */
function xmlChars(value: string): string {
  let out = "";
  for (const ch of value) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      c === 9 ||
      c === 10 ||
      c === 13 ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000
    )
      out += ch;
  }
  return out;
}

export function xmlText(value: string): string {
  return xmlChars(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function xmlAttr(value: string): string {
  return xmlText(value)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};

const IANA = "http://www.iana.org/assignments/media-types/";
const EU = "http://publications.europa.eu/resource/authority/";
const FORMATS = {
  csv: { mediaType: `${IANA}text/csv`, format: `${EU}file-type/CSV` },
  json: { mediaType: `${IANA}application/json`, format: `${EU}file-type/JSON` },
} as const;
const LANGUAGE: Record<string, string> = { sv: `${EU}language/SWE`, en: `${EU}language/ENG` };
const THEME = `${EU}data-theme/GOVE`;
const PUBLIC = `${EU}access-right/PUBLIC`;

const EMAIL = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+\.[a-z]{2,}/i;
const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/i;

/** The group's `webb kontakt` as a vCard: its e-mail address or web address, else the group's page. */
export function contactPoint(
  group: PublishedGroup,
  urls: GroupUrls,
): { fn: string; email?: string; url?: string } {
  const text = group.contact?.trim();
  if (!text) return { fn: group.name, url: urls.page };
  const email = text.match(EMAIL)?.[0];
  if (email) return { fn: text, email };
  const url = text.match(URL_IN_TEXT)?.[0].replace(/[.,;:)]+$/, "");
  return { fn: text, url: url ?? urls.page };
}

const resource = (property: string, uri: string) => `<${property} rdf:resource="${xmlAttr(uri)}"/>`;
const literal = (property: string, value: string, lang?: string) =>
  `<${property}${lang ? ` xml:lang="${xmlAttr(lang)}"` : ""}>${xmlText(value)}</${property}>`;
const dateTime = (property: string, value: Date) =>
  `<${property} rdf:datatype="${NS.xsd}dateTime">${value.toISOString()}</${property}>`;

export interface DcatInput {
  group: PublishedGroup;
  data: OpenData;
  t: Messages;
  /** "https://lok.example.se": PUBLIC_URL or the request's origin. */
  origin: string;
}

export function dcatRdf({ group, data, t, origin }: DcatInput): string {
  const urls = groupUrls(origin, group.slug);
  const d = t.openData.dcat;
  const lang = t.locale;
  const licence = licenceFor(group.licence);
  const plan = data.plan ?? d.noPlan;
  const contact = contactPoint(group, urls);
  const publisher = `<dct:publisher><foaf:Agent rdf:about="${xmlAttr(`${urls.page}#publisher`)}">${literal("foaf:name", group.name)}</foaf:Agent></dct:publisher>`;
  const contactXml = `<dcat:contactPoint><vcard:Kind rdf:about="${xmlAttr(`${urls.page}#contact`)}">${resource("rdf:type", `${NS.vcard}Organization`)}${literal("vcard:fn", contact.fn)}${contact.email ? resource("vcard:hasEmail", `mailto:${contact.email}`) : ""}${contact.url ? resource("vcard:hasURL", contact.url) : ""}</vcard:Kind></dcat:contactPoint>`;
  const common = [
    publisher,
    contactXml,
    resource("dct:license", licence.uri),
    resource("dct:accessRights", PUBLIC),
    resource("dct:language", LANGUAGE[lang] ?? LANGUAGE.sv ?? ""),
    resource("dcat:theme", THEME),
    resource("dcat:landingPage", urls.data),
    ...d.keywords.map((k) => literal("dcat:keyword", k, lang)),
    ...(data.modified ? [dateTime("dct:modified", data.modified)] : []),
  ];
  const distribution = (name: string, kind: keyof typeof FORMATS, title: string) => {
    const url = `${urls.data}/${name}.${kind}`;
    return `<dcat:distribution><dcat:Distribution rdf:about="${xmlAttr(`${url}#distribution`)}">${[
      literal("dct:title", title, lang),
      resource("dcat:accessURL", url),
      resource("dcat:downloadURL", url),
      resource("dcat:mediaType", FORMATS[kind].mediaType),
      resource("dct:format", FORMATS[kind].format),
      resource("dct:license", licence.uri),
    ].join("")}</dcat:Distribution></dcat:distribution>`;
  };
  const dataset = (name: string, title: string, description: string, csvTitle: string, jsonTitle: string) =>
    `<dcat:dataset><dcat:Dataset rdf:about="${xmlAttr(`${urls.data}#${name}`)}">${[
      literal("dct:title", title, lang),
      literal("dct:description", description, lang),
      literal("dct:identifier", `${urls.data}#${name}`),
      ...common,
      distribution(name, "csv", csvTitle),
      distribution(name, "json", jsonTitle),
    ].join("\n")}</dcat:Dataset></dcat:dataset>`;
  const o = t.openData.data;
  const catalogue = [
    literal("dct:title", d.catalogTitle(group.name), lang),
    literal("dct:description", d.catalogDescription(group.name), lang),
    publisher,
    resource("foaf:homepage", urls.page),
    resource("dct:license", licence.uri),
    resource("dct:language", LANGUAGE[lang] ?? ""),
    ...(data.modified ? [dateTime("dct:modified", data.modified)] : []),
    dataset(
      "aktiviteter",
      d.activitiesTitle(plan, group.name),
      d.activitiesDescription(plan),
      o.activitiesCsv,
      o.activitiesJson,
    ),
    dataset(
      "statushistorik",
      d.historyTitle(plan, group.name),
      d.historyDescription(plan),
      o.historyCsv,
      o.historyJson,
    ),
  ];
  const xmlns = Object.entries(NS)
    .filter(([p]) => p !== "xsd")
    .map(([p, uri]) => `xmlns:${p}="${uri}"`)
    .join(" ");
  return `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF ${xmlns}>
<dcat:Catalog rdf:about="${xmlAttr(`${urls.data}#catalog`)}">
${catalogue.join("\n")}
</dcat:Catalog>
</rdf:RDF>
`;
}
