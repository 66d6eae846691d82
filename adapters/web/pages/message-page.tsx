import { Layout } from "./layout.js";

export interface MessagePageProps {
  title: string;
  lines: string[];
  signedIn?: { displayName: string; csrfToken: string };
}

/** A page that only says something: not found, a refused link, a form that expired, an apology. */
export function MessagePage({ title, lines, signedIn }: MessagePageProps) {
  return (
    <Layout title={title} signedIn={signedIn}>
      <h1>{title}</h1>
      {lines.map((line) => (
        <p>{line}</p>
      ))}
      <p>
        <a href="/">Go to the dashboard's start page</a>
      </p>
    </Layout>
  );
}
