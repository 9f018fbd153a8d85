import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { LOGIN_THROTTLED, loginSchema } from "@/lib/auth/schema";
import { isLoginBlocked, recordLoginFailure } from "@/lib/auth/login-throttle";
import { verifyCredentials } from "@/lib/auth/verify-credentials";

// Credentials login against hashed passwords. The JWT carries only the user id; the role is
// re-read from the database on every guarded call (lib/auth/guard.ts), so a demotion takes effect at once.
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/masuk" },
  providers: [
    CredentialsProvider({
      name: "Akun staf",
      credentials: { username: { label: "Nama pengguna" }, password: { label: "Kata sandi", type: "password" } },
      async authorize(credentials, req) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const username = parsed.data.username.toLowerCase();
        if (await isLoginBlocked(username, req?.headers)) throw new Error(LOGIN_THROTTLED);
        const user = await verifyCredentials(username, parsed.data.password);
        if (!user) await recordLoginFailure(username, req?.headers);
        return user;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.uid as string;
      return session;
    },
  },
};
