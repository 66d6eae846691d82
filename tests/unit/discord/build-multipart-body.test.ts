import { REST, type InternalRequest, type RequestMethod } from "discord.js";
import { describe, expect, it } from "vitest";
import { buildMultipartBody } from "../../../adapters/discord/respond/build-multipart-body.js";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("chart pixels \r\n--not a boundary")]);

function answer(files: InternalRequest["files"]): InternalRequest {
  const body = { embeds: [{ title: 'Robotics "TX"\nstatus', image: { url: "attachment://chart-1.png" } }], attachments: [{ id: 0, filename: "chart-1.png" }] };
  return { fullRoute: "/webhooks/1/token/messages/@original", method: "PATCH" as RequestMethod, auth: false, body, files };
}

/** Each part as a server reads it: field name, file name, type, and the bytes. */
async function partsOf(body: unknown, contentType?: string) {
  const response = contentType === undefined ? new Response(body as FormData) : new Response(body as Buffer, { headers: { "content-type": contentType } });
  const parts = [];
  for (const [name, value] of (await response.formData()).entries()) {
    parts.push(typeof value === "string" ? { name, value } : { name, filename: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return parts;
}

/** What @discordjs/rest would have sent: its own FormData, caught where it would go out. */
async function partsDiscordJsSends(request: InternalRequest) {
  let sent: unknown;
  const rest = new REST({
    makeRequest: async (_url, init) => {
      sent = init.body;
      return new Response("{}", { headers: { "content-type": "application/json" } });
    },
  });
  await rest.request(request);
  return partsOf(sent);
}

describe("buildMultipartBody", () => {
  it("GIVEN an answer with PNG charts THEN its one-buffer body reads as the same form discord.js would send", async () => {
    const request = answer([
      { name: "chart-1.png", data: PNG },
      { name: 'odd "name".png', data: PNG, contentType: "image/png" },
    ]);
    const built = buildMultipartBody(request);
    expect(built.files).toBeUndefined();
    expect(built.passThroughBody).toBe(true);
    expect(Buffer.isBuffer(built.body)).toBe(true);
    expect(await partsOf(built.body, built.headers!["Content-Type"])).toEqual(await partsDiscordJsSends(request));
  });

  it("GIVEN a file whose type only discord.js's sniffing knows THEN leaves the request to discord.js", () => {
    const request = answer([{ name: "export.csv", data: Buffer.from("handle,name\nrobotics-tx,Robotics\n") }]);
    expect(buildMultipartBody(request)).toBe(request);
  });

  it("GIVEN an answer without files THEN leaves it as JSON", () => {
    const request = answer(undefined);
    expect(buildMultipartBody(request)).toBe(request);
  });
});
