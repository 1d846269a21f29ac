import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Disclaimer } from "../components/ui/disclaimer";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ketamine & esketamine for depression — evidence tables", template: "%s — ketamine evidence tables" },
  description: "Cited, graded claims about ketamine and esketamine for depression, for clinicians.",
};

const NAV = [
  ["/", "Evidence explorer"],
  ["/compare/routes", "Compare routes"],
  ["/compare/subtypes", "Compare subtypes"],
  ["/summary", "Summary of findings"],
  ["/changes", "What changed"],
  ["/synthesis", "Synthesis"],
  ["/side-effects", "Side effects"],
  ["/onset", "Onset & durability"],
  ["/about", "About & evidence levels"],
] as const;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site">
          <a className="brand" href="/">
            Ketamine evidence tables
          </a>
          <nav aria-label="Main">
            <ul>
              {NAV.map(([href, label]) => (
                <li key={href}>
                  <a href={href}>{label}</a>
                </li>
              ))}
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
