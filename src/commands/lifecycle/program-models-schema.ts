import { z } from "zod";
import { PROGRAM_MODELS, ProgramModelSchema } from "../../domain/vocabulary.js";

/** "mentorship,after-school" as program models; an empty value clears them. */
export const ProgramModelsSchema = z
  .string()
  .transform((value) => (value.trim() === "" ? [] : value.split(",").map((model) => model.trim().toLowerCase())))
  .pipe(z.array(ProgramModelSchema));

export const PROGRAM_MODELS_HELP = `program models, comma-separated: ${PROGRAM_MODELS.join(", ")}`;
