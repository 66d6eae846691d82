// The students of bench:survey, in their own process so that sending 900 answers does not share
// the server's event loop. Reads { forms: [{url, body}][], intervalMs } on stdin; prints one JSON
// line with each answer's status, Server-Timing and round trip.
let input = "";
for await (const chunk of process.stdin) input += chunk;
const { forms, intervalMs } = JSON.parse(input) as { forms: { url: string; body: string }[][]; intervalMs: number };
const answers: { status: number; serverMs: number; roundTripMs: number }[] = [];
const started = performance.now();
await Promise.all(
  forms.map(async (group, index) => {
    await new Promise((resolve) => setTimeout(resolve, index * intervalMs));
    await Promise.all(
      group.map(async ({ url, body }) => {
        const sent = performance.now();
        const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body });
        await response.arrayBuffer();
        const serverMs = Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? Number.NaN);
        answers.push({ status: response.status, serverMs, roundTripMs: performance.now() - sent });
      }),
    );
  }),
);
process.stdout.write(JSON.stringify({ answers, elapsedS: (performance.now() - started) / 1000 }));
