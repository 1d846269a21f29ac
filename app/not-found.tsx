import Link from "next/link";

export default function NotFound() {
  return (
    <div className="error-box" role="alert">
      <h1>Not found</h1>
      <p>
        There is no page here. <Link href="/">Go to the evidence explorer</Link>.
      </p>
    </div>
  );
}
