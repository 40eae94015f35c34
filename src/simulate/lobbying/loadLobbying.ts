import { fileURLToPath } from "node:url";
import { readJsonFile } from "../../util/readJsonFile.ts";
import { PlenaryError } from "../../util/PlenaryError.ts";
import { LOBBYING_VERSION, type LobbyingModel } from "./fitLobbying.ts";

/** The package's models/lobbying.json. */
export function defaultLobbyingPath(): string {
  return fileURLToPath(new URL("../../../models/lobbying.json", import.meta.url));
}

const cache = new Map<string, LobbyingModel>();

/**
 * Reads a lobbying model (default: the committed models/lobbying.json,
 * written by scripts/fitLobbying.ts) and checks its format, version and the
 * fields scenarios use.
 *
 * @example
 * loadLobbying().effect.estimate; // the typical campaign's latent shift
 */
export function loadLobbying(path: string = defaultLobbyingPath()): LobbyingModel {
  if (typeof path !== "string" || path.length === 0) throw new PlenaryError(`invalid path; expected a file path: ${JSON.stringify(path)}`);
  const hit = cache.get(path);
  if (hit) return hit;
  const m = readJsonFile(path, "lobbying model") as LobbyingModel;
  if (m === null || typeof m !== "object" || m.format !== "plenary-lobbying") throw new PlenaryError(`invalid lobbying model ${JSON.stringify(path)}; expected format "plenary-lobbying"`);
  if (m.version !== LOBBYING_VERSION) throw new PlenaryError(`invalid lobbying model ${JSON.stringify(path)}; expected version ${LOBBYING_VERSION}: ${JSON.stringify(m.version)}`);
  const q = m.effectQuantiles;
  if (!Array.isArray(q) || q.length !== 101 || !q.every((x, i) => Number.isFinite(x) && (i === 0 || x >= q[i - 1]))) throw new PlenaryError(`invalid lobbying model ${JSON.stringify(path)}; effectQuantiles must be 101 increasing numbers`);
  if (!(Number.isFinite(m.effect?.estimate) && m.effect.estimate > 0)) throw new PlenaryError(`invalid lobbying model ${JSON.stringify(path)}; effect.estimate must be a positive number: ${JSON.stringify(m.effect?.estimate)}`);
  cache.set(path, m);
  return m;
}
