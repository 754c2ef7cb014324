// The VS Code side of forecheck: starts `forecheck lsp` over stdio for Markdown, text and HTML.
import { ExtensionContext, workspace } from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export function activate(context: ExtensionContext): Promise<void> {
  const command = workspace.getConfiguration("forecheck").get<string>("path", "forecheck");
  const serverOptions: ServerOptions = {
    command,
    args: ["lsp"],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: "file", language: "html" },
      { scheme: "untitled", language: "markdown" },
    ],
    // The server reads lang/date from workspace/didChangeConfiguration's "forecheck" section.
    synchronize: { configurationSection: "forecheck" },
    initializationOptions: workspace.getConfiguration("forecheck"),
  };
  client = new LanguageClient("forecheck", "forecheck", serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  return client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
