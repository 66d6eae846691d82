import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

const SESSION = "session";
const SIGN_IN = "sign_in";

/** Cookies of one deployment: Secure and "__Host-" prefixed when PUBLIC_URL is https. */
export class WebCookies {
  constructor(private readonly secure: boolean) {}

  private get prefix(): "host" | undefined {
    return this.secure ? "host" : undefined;
  }

  private options(maxAgeSeconds: number) {
    return { httpOnly: true, sameSite: "Lax" as const, secure: this.secure, path: "/", maxAge: maxAgeSeconds, prefix: this.prefix };
  }

  readSession(c: Context): string | undefined {
    return getCookie(c, SESSION, this.prefix);
  }

  writeSession(c: Context, sessionId: string, expiresAt: Date, now: Date): void {
    setCookie(c, SESSION, sessionId, this.options(Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000))));
  }

  clearSession(c: Context): void {
    deleteCookie(c, SESSION, { path: "/", secure: this.secure, prefix: this.prefix });
  }

  /** Before a session exists, the sign-in form's CSRF token is checked against this cookie (double submit). */
  readSignIn(c: Context): string | undefined {
    return getCookie(c, SIGN_IN, this.prefix);
  }

  writeSignIn(c: Context, token: string): void {
    setCookie(c, SIGN_IN, token, this.options(10 * 60));
  }

  clearSignIn(c: Context): void {
    deleteCookie(c, SIGN_IN, { path: "/", secure: this.secure, prefix: this.prefix });
  }
}
