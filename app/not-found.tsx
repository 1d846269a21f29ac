
export default function NotFound() {
  return (
    <div className="error-box" role="alert">
      <h1>Not found</h1>
      <p>
        There is no page here. <a href="/">Go to the evidence explorer</a>.
      </p>
    </div>
  );
}
