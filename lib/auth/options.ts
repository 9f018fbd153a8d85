import "server-only";
import bcrypt from "bcryptjs";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { loginSchema } from "@/lib/auth/schema";

const TIMING_DUMMY_HASH = "$2b$10$vMW4BSmvmfvKzERVRyHOvuzuyfdu/uIH94AbW3OdMsNbn5CVNEYby";

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
      async authorize(credentials) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({
          where: { username: parsed.data.username.toLowerCase() },
          select: { id: true, name: true, username: true, role: true, active: true, isDemo: true, passwordHash: true },
        });
        if (!user || !user.active || (user.isDemo && process.env.DEMO_MODE !== "1")) {
          // Same cost as a real check, so response time does not reveal which usernames exist.
          await bcrypt.compare(parsed.data.password, TIMING_DUMMY_HASH);
          return null;
        }
        const ok = await bcrypt.compare(parsed.data.password, user.passwordHash);
        return ok ? { id: user.id, name: user.name, email: user.username } : null;
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
