import { z } from "zod";

/** A survey's number as `survey create` shows it: "12" or "#12". */
export const SurveyIdSchema = z
  .string()
  .trim()
  .regex(/^#?\d{1,9}$/, "use the survey's number, such as 12 (survey create shows it)")
  .transform((value) => Number(value.replace("#", "")));
