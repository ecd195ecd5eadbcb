// `npm run teams:package`: writes the Teams app package (manifest.json with the IDs filled in from the
// environment, and the two icons) as a zip to upload in Teams (Apps → Manage your apps → Upload).
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const MANIFEST_DIR = fileURLToPath(new URL("../../../manifests/teams/", import.meta.url));
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class PackageError extends Error {}

export interface PackageValues {
  [placeholder: string]: string;
}

/** The placeholder values from the environment; a polite error naming what is missing or wrong. */
export function packageValues(env: Record<string, string | undefined>, version: string): PackageValues {
  const clientId = env.CLIENT_ID?.trim();
  if (!clientId) {
    throw new PackageError(
      "CLIENT_ID saknas: sätt den till Entra-appens Application (client) ID, samma som botten använder, " +
        "till exempel CLIENT_ID=… npm run teams:package",
    );
  }
  const appId = env.TEAMS_APP_ID?.trim() || clientId;
  for (const [name, value] of [
    ["CLIENT_ID", clientId],
    ["TEAMS_APP_ID", appId],
  ] as const) {
    if (!GUID.test(value))
      throw new PackageError(`${name} ska vara ett GUID, till exempel 00000000-0000-0000-0000-000000000000`);
  }
  // Teams shows these pages in the app's details; they must be the publishing organisation's own.
  const website = env.TEAMS_DEVELOPER_URL?.trim();
  if (!website) {
    throw new PackageError(
      "TEAMS_DEVELOPER_URL saknas: sätt den till er organisations webbplats (https://…); " +
        "TEAMS_PRIVACY_URL och TEAMS_TERMS_URL används om de finns, annars samma adress.",
    );
  }
  for (const name of ["TEAMS_DEVELOPER_URL", "TEAMS_PRIVACY_URL", "TEAMS_TERMS_URL"]) {
    const value = env[name]?.trim();
    if (value && !value.startsWith("https://")) throw new PackageError(`${name} ska vara en https-adress`);
  }
  return {
    CLIENT_ID: clientId,
    TEAMS_APP_ID: appId,
    APP_VERSION: env.TEAMS_APP_VERSION?.trim() || version,
    DEVELOPER_NAME: env.TEAMS_DEVELOPER_NAME?.trim() || "LÖK-boten",
    DEVELOPER_URL: website,
    PRIVACY_URL: env.TEAMS_PRIVACY_URL?.trim() || website,
    TERMS_URL: env.TEAMS_TERMS_URL?.trim() || website,
  };
}

export function fillManifest(template: string, values: PackageValues): string {
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new PackageError(`manifest.json: okänd platshållare ${whole}`);
    return value.replace(/["\\]/g, "\\$&");
  });
  JSON.parse(filled);
  return filled;
}

export async function buildAppPackage(values: PackageValues, dir = MANIFEST_DIR): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("manifest.json", fillManifest(await readFile(`${dir}manifest.json`, "utf8"), values));
  for (const icon of ["color.png", "outline.png"]) zip.file(icon, await readFile(`${dir}${icon}`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main() {
  const pkg = JSON.parse(await readFile(new URL("../../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  const out = process.argv[2] ?? "lok-boten-teams.zip";
  try {
    const values = packageValues(process.env, pkg.version);
    await writeFile(out, await buildAppPackage(values));
    console.log(
      `Skrev ${out} (app-id ${values.TEAMS_APP_ID}, bot ${values.CLIENT_ID}, version ${values.APP_VERSION}).`,
    );
    console.log("Ladda upp den i Teams: Appar → Hantera dina appar → Ladda upp en app.");
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(`Kunde inte paketera Teams-appen: ${error.message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
