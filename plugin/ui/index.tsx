import { render } from "preact";

/** Plugin UI root. */
export function App() {
  return <main>Copy That</main>;
}

render(<App />, document.getElementById("root")!);
