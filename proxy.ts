import { NextResponse, type NextRequest } from "next/server";

// Convenience only: bounce visitors without a session cookie to the login page.
// Authorization is decided on the server by requirePermission() in every page and action.
export function proxy(request: NextRequest) {
  const hasSession =
    request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (!hasSession) {
    const url = new URL("/masuk", request.url);
    url.searchParams.set("callbackUrl", request.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/staf/:path*"] };
