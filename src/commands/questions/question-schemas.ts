import { z } from "zod";
import { TextSchema } from "../argument-schemas.js";

/** A question as people read it in the check-in form. */
export const QuestionTextSchema = TextSchema.max(150, "keep the question under 150 characters");

/** A choice question's choices: "Mornings, Afternoons, Evenings". */
export const ChoicesSchema = z
  .string()
  .transform((value) => value.split(",").map((choice) => choice.trim()).filter((choice) => choice !== ""))
  .pipe(
    z
      .array(z.string().max(80, "keep each choice under 80 characters"))
      .min(2, "give at least two choices, separated by commas")
      .max(10, "give at most 10 choices")
      .refine((choices) => new Set(choices.map((choice) => choice.toLowerCase())).size === choices.length, "each choice must differ from the others"),
  );

/** A question's number in `question list`, or a place in that list: "2" or "#2". */
export const QuestionNumberSchema = z
  .string()
  .trim()
  .regex(/^#?\d{1,4}$/, "use a question's number from /partner question list, such as 2")
  .transform((value) => Number(value.replace("#", "")))
  .refine((value) => value >= 1, "questions are numbered from 1");
