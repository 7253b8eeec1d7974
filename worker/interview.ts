// The bundled index, loaded once per isolate when the module is evaluated, never per request.
import data from "./generated/index-data.ts";
import { loadIndex, type SampleQuestion } from "./search/load-index.ts";
import type { IndexData } from "./search/passage.ts";

export const interview = loadIndex(data as unknown as IndexData & { samples: SampleQuestion[] });
