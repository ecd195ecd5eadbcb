// `npm run teams:package`: writes the Teams app package (manifest.json with the IDs filled in from the
// environment, and the two icons) as a zip to upload in Teams (Apps → Manage your apps → Upload).
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { envTexts, type Messages, PRODUCT_NAME } from "../../texts/index.ts";

const MANIFEST_DIR = fileURLToPath(new URL("../../../manifests/teams/", import.meta.url));
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class PackageError extends Error {}

export interface PackageValues {
  [placeholder: string]: string;
}

/**
 * The placeholder values from the environment; a polite error naming what is missing or wrong, in the
 * language that same environment's LOK_LOCALE names.
 */
export function packageValues(env: Record<string, string | undefined>, version: string): PackageValues {
  const says = envTexts(env).cli.teamsPackage;
  const clientId = env.CLIENT_ID?.trim();
  if (!clientId) throw new PackageError(says.clientIdMissing);
  const appId = env.TEAMS_APP_ID?.trim() || clientId;
  for (const [name, value] of [
    ["CLIENT_ID", clientId],
    ["TEAMS_APP_ID", appId],
  ] as const) {
    if (!GUID.test(value)) throw new PackageError(says.notGuid(name));
  }
  // Teams shows these pages in the app's details; they must be the publishing organisation's own.
  const website = env.TEAMS_DEVELOPER_URL?.trim();
  if (!website) throw new PackageError(says.developerUrlMissing);
  for (const name of ["TEAMS_DEVELOPER_URL", "TEAMS_PRIVACY_URL", "TEAMS_TERMS_URL"]) {
    const value = env[name]?.trim();
    if (value && !value.startsWith("https://")) throw new PackageError(says.notHttps(name));
  }
  return {
    CLIENT_ID: clientId,
    TEAMS_APP_ID: appId,
    APP_VERSION: env.TEAMS_APP_VERSION?.trim() || version,
    DEVELOPER_NAME: env.TEAMS_DEVELOPER_NAME?.trim() || PRODUCT_NAME,
    DEVELOPER_URL: website,
    PRIVACY_URL: env.TEAMS_PRIVACY_URL?.trim() || website,
    TERMS_URL: env.TEAMS_TERMS_URL?.trim() || website,
  };
}

export function fillManifest(template: string, values: PackageValues, t: Messages = envTexts()): string {
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new PackageError(t.cli.teamsPackage.unknownPlaceholder(whole));
    return value.replace(/["\\]/g, "\\$&");
  });
  JSON.parse(filled);
  return filled;
}

export async function buildAppPackage(
  values: PackageValues,
  dir = MANIFEST_DIR,
  t: Messages = envTexts(),
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("manifest.json", fillManifest(await readFile(`${dir}manifest.json`, "utf8"), values, t));
  for (const icon of ["color.png", "outline.png"]) zip.file(icon, await readFile(`${dir}${icon}`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main() {
  const pkg = JSON.parse(await readFile(new URL("../../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  const out = process.argv[2] ?? "lok-boten-teams.zip";
  const t = envTexts(process.env);
  const says = t.cli.teamsPackage;
  try {
    const values = packageValues(process.env, pkg.version);
    await writeFile(out, await buildAppPackage(values, MANIFEST_DIR, t));
    console.log(
      says.written(out, values.TEAMS_APP_ID ?? "", values.CLIENT_ID ?? "", values.APP_VERSION ?? ""),
    );
    console.log(says.upload);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(says.failed(error.message));
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
