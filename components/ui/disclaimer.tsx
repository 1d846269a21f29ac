export const DISCLAIMER =
  "Evidence summary for clinicians — not medical advice and not dosing guidance. Doses appear only as studied in the cited research.";

export function Disclaimer() {
  return (
    <p className="disclaimer" role="note" data-testid="disclaimer">
      <strong>Evidence summary for clinicians.</strong> Not medical advice and not dosing guidance: doses appear only
      as studied in the cited research.
    </p>
  );
}
