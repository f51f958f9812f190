import { render } from "preact";
import { App } from "./app.js";
import { connectRpc } from "./lib/rpc.js";
import css from "./styles.css";

const style = document.createElement("style");
style.textContent = css;
document.head.appendChild(style);

render(<App rpc={connectRpc()} />, document.getElementById("root")!);
