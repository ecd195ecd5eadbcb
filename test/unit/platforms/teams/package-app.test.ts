import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildAppPackage, PackageError, packageValues } from "../../../../src/platforms/teams/package-app.ts";

const CLIENT_ID = "11111111-2222-3333-4444-555555555555";

describe("teams:package", () => {
  it("fails politely without CLIENT_ID or with one that is not a GUID", () => {
    expect(() => packageValues({}, "1.0.0")).toThrow(PackageError);
    expect(() => packageValues({}, "1.0.0")).toThrow(/CLIENT_ID saknas/);
    expect(() =>
      packageValues({ CLIENT_ID: "abc", TEAMS_DEVELOPER_URL: "https://example.se" }, "1.0.0"),
    ).toThrow(/GUID/);
    expect(() => packageValues({ CLIENT_ID: "00000000-0000-0000-0000-000000000001" }, "1.0.0")).toThrow(
      /TEAMS_DEVELOPER_URL saknas/,
    );
    // In English with LOK_LOCALE=en, like the rest of the terminal.
    expect(() => packageValues({ LOK_LOCALE: "en" }, "1.0.0")).toThrow(/^CLIENT_ID is missing: set it/);
    expect(() => packageValues({ CLIENT_ID: "abc", LOK_LOCALE: "en" }, "1.0.0")).toThrow(
      "CLIENT_ID must be a GUID",
    );
  });

  it("writes a zip with the manifest (IDs filled in) and both icons", async () => {
    const zip = await JSZip.loadAsync(
      await buildAppPackage(
        packageValues({ CLIENT_ID, TEAMS_DEVELOPER_URL: "https://kommun.example.se" }, "0.1.0"),
      ),
    );
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifest = JSON.parse((await zip.file("manifest.json")?.async("string")) ?? "{}");
    expect(manifest).toMatchObject({ manifestVersion: "1.19", id: CLIENT_ID, version: "0.1.0" });
    expect(manifest.bots[0]).toMatchObject({ botId: CLIENT_ID, scopes: ["team", "groupChat", "personal"] });
    // A plan file sent in the personal chat arrives as a file attachment only with this on.
    expect(manifest.bots[0]).toMatchObject({ supportsFiles: true });
    expect(JSON.stringify(manifest)).not.toContain("{{");
    const color = (await zip.file("color.png")?.async("nodebuffer")) as Buffer;
    const outline = (await zip.file("outline.png")?.async("nodebuffer")) as Buffer;
    expect([color.readUInt32BE(16), color.readUInt32BE(20)]).toEqual([192, 192]);
    expect([outline.readUInt32BE(16), outline.readUInt32BE(20)]).toEqual([32, 32]);
  });
});
