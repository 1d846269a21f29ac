import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Disclaimer } from "../components/ui/disclaimer";
import "./globals.css";

export const metadata: Metadata = {
  title: "Ketamine & esketamine for depression — evidence tables",
  description: "Cited, graded claims about ketamine and esketamine for depression, for clinicians.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site">
          <Link className="brand" href="/">
            Ketamine evidence tables
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/">Evidence explorer</Link>
              </li>
              <li>
                <Link href="/compare/routes">Compare routes</Link>
              </li>
              <li>
                <Link href="/compare/subtypes">Compare subtypes</Link>
              </li>
              <li>
                <Link href="/side-effects">Side effects</Link>
              </li>
              <li>
                <Link href="/onset">Onset &amp; durability</Link>
              </li>
              <li>
                <Link href="/about">About &amp; evidence levels</Link>
              </li>
            </ul>
          </nav>
        </header>
        <Disclaimer />
        <main id="main">{children}</main>
        <footer className="site">
          Evidence summary for clinicians; not medical advice. Every row cites its source — check the source before
          relying on a figure.
        </footer>
      </body>
    </html>
  );
}
